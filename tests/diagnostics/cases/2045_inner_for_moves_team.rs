//! mistake: paired every red player with every blue player, iterating `blue` by value in the inner loop
//! offending: in blue
//! category: ownership
use comprehensions::comp;

fn main() {
    let red = vec!["ana".to_string(), "bo".to_string()];
    let blue = vec!["cy".to_string(), "di".to_string()];
    let matchups = comp![(r.clone(), b) for r in &red for b in blue];
    println!("{matchups:?}");
}
