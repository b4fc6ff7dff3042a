//! mistake: collected `&l.to_uppercase()`, references to temporary `String`s, to avoid "copies"
//! offending: &l.to_uppercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let text = "warn\nerror\ninfo";
    let shouted = comp![&l.to_uppercase() for l in text.lines()];
    println!("{shouted:?}");
}
