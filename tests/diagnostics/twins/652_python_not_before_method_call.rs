//! mistake: negates a method call with Python's `not` in a filter
//! category: python-habit
fn main() {
    let text = "first\n\nsecond\n";
    let lines: Vec<&str> = text.lines().filter(|l| not l.is_empty()).map(|l| l.trim()).collect();
    println!("{lines:?}");
}
