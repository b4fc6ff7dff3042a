//! mistake: kept `&str` club names borrowed from a temporary `to_uppercase()` of the feed line
//! offending: feed.to_uppercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let feed = String::from("arsenal, chelsea ,spurs");
    let clubs: Vec<&str> = comp![c.trim() for c in feed.to_uppercase().split(',')];
    for c in &clubs {
        println!("{c}");
    }
}
