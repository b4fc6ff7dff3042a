//! mistake: the walrus written without its parentheses, `if y := x * 2 > 3` (a SyntaxError in Python too)
//! offending: y := x * 2
//! category: syntax
fn main() {
    let xs = vec![1, 2, 3, 4];
    let mut doubled = Vec::new();
    for x in &xs {
        if y := x * 2 > 3 {
            doubled.push(y);
        }
    }
    println!("{doubled:?}");
}
