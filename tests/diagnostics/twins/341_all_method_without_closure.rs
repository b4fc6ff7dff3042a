//! mistake: Python's `all(c.isdigit() for c in p)` as `.map(..).all()` with no predicate (hand-written)
fn main() {
    let pins = vec!["1234", "12a4", "0000"];
    let numeric: Vec<&&str> = pins.iter().filter(|p| p.chars().map(|c| c.is_ascii_digit()).all()).collect();
    println!("{numeric:?}");
}
