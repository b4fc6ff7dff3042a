//! mistake: Python's format spec `{:.2f}` (with the `f` type letter) in `format!` (hand-written)
fn main() {
    let prices = vec![("tea", 2.5), ("cake", 3.75)];
    let mut lines = Vec::new();
    for (name, p) in &prices {
        lines.push(format!("{}: {:.2f}", name, p));
    }
    println!("{lines:?}");
}
