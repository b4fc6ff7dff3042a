//! mistake: Python's `l.rstrip()` to drop trailing whitespace from each line (hand-written)
fn main() {
    let raw = "alpha  \nbeta\t\ngamma\n";
    let lines: Vec<&str> = raw.lines().map(|l| l.rstrip()).collect();
    println!("{lines:?}");
}
