//! mistake: called `.len()` on an optional bio, as if Python's `None` were an empty string
//! offending: p.bio.len()
//! category: type
use comprehensions::comp;

struct Profile {
    handle: String,
    bio: Option<String>,
}

fn main() {
    let profiles = vec![
        Profile { handle: "@ana".into(), bio: Some("coffee & code".into()) },
        Profile { handle: "@bo".into(), bio: None },
    ];
    let bio_lengths = comp![(p.handle.as_str(), p.bio.len()) for p in &profiles];
    println!("{bio_lengths:?}");
}
