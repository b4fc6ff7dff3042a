//! mistake: a camelCase binding, `let lineLen = l.len()` (hand-written)
fn main() {
    let text = "short\na much longer line of text here";
    let mut long = Vec::new();
    for (i, l) in text.lines().enumerate() {
        let lineLen = l.len();
        if lineLen > 10 {
            long.push((i, lineLen));
        }
    }
    println!("{long:?}");
}
