//! mistake: annotated the loop variable's type in the `for` clause, `for line: &str in ..`, as in a `let` or a Python type hint
//! offending: :
//! category: syntax
fn main() {
    let text = "a\nbb\nccc";
    let mut lens: Vec<usize> = Vec::new();
    for line: &str in text.lines() {
        lens.push(line.len());
    }
    println!("{lens:?}");
}
