//! mistake: collected `&l.to_uppercase()`, references to temporary `String`s, to avoid "copies"
//! offending: &l.to_uppercase()
//! category: ownership
fn main() {
    let text = "warn\nerror\ninfo";
    let shouted: Vec<_> = text.lines().map(|l| &l.to_uppercase()).collect();
    println!("{shouted:?}");
}
