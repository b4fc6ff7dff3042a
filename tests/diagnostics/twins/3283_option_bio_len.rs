//! mistake: called `.len()` on an optional bio, as if Python's `None` were an empty string
//! offending: p.bio.len()
//! category: type
struct Profile {
    handle: String,
    bio: Option<String>,
}

fn main() {
    let profiles = vec![
        Profile { handle: "@ana".into(), bio: Some("coffee & code".into()) },
        Profile { handle: "@bo".into(), bio: None },
    ];
    let bio_lengths: Vec<(&str, usize)> = profiles.iter().map(|p| (p.handle.as_str(), p.bio.len())).collect();
    println!("{bio_lengths:?}");
}
