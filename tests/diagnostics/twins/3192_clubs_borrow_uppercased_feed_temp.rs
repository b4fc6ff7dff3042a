//! mistake: kept `&str` club names borrowed from a temporary `to_uppercase()` of the feed line
//! offending: feed.to_uppercase()
//! category: ownership
fn main() {
    let feed = String::from("arsenal, chelsea ,spurs");
    let clubs: Vec<&str> = feed.to_uppercase().split(',').map(|c| c.trim()).collect();
    for c in &clubs {
        println!("{c}");
    }
}
