//! mistake: Python's `"-" * width` to repeat a string (hand-written)
//! offending: "-" * w
fn main() {
    let widths = vec![3, 5, 2];
    let rules: Vec<String> = widths.iter().map(|w| "-" * w).collect();
    println!("{}", rules.join("+"));
}
