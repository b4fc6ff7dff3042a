//! mistake: Python's single-quoted string `'n/a'` (hand-written)
fn main() {
    let cells = vec!["3", "n/a", "7"];
    let mut filled = Vec::new();
    for c in cells {
        if c != 'n/a' {
            filled.push(c);
        }
    }
    println!("{filled:?}");
}
