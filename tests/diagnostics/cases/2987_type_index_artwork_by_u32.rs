//! mistake: indexed the artwork list with a `u32` disc track number instead of a `usize`
//! offending: t.track_no
//! category: type
use comprehensions::comp;

struct DiscTrack {
    track_no: u32,
    title: String,
}

fn main() {
    let artwork = vec!["front.jpg".to_string(), "back.jpg".to_string(), "inlay.jpg".to_string()];
    let disc = vec![
        DiscTrack { track_no: 0, title: "Airbag".to_string() },
        DiscTrack { track_no: 2, title: "Let Down".to_string() },
    ];
    let pages: Vec<(String, String)> = comp![(t.title.clone(), artwork[t.track_no].clone()) for t in &disc];
    println!("{pages:?}");
}
