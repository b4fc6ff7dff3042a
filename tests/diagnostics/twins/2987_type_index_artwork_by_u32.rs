//! mistake: indexed the artwork list with a `u32` disc track number instead of a `usize`
//! offending: t.track_no
//! category: type
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
    let mut pages: Vec<(String, String)> = Vec::new();
    for t in &disc {
        pages.push((t.title.clone(), artwork[t.track_no].clone()));
    }
    println!("{pages:?}");
}
