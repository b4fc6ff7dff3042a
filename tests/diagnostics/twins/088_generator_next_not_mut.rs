//! mistake: calling `.next()` on a lazy comprehension bound without `mut` (hand-written)
fn main() {
    let input = "HEADER\nrow1\nrow2";
    let lines = input.lines().map(|l| l.trim());
    let header = lines.next();
    println!("{header:?}");
}
