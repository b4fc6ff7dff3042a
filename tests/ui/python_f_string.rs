// Python's f-string: rustc's lexer reports the unknown prefix, and the
// macro one error that says `format!`; the element is typed as the
// `format!` it means (no "cannot find value `f`").
use comprehensions::comp;

fn main() {
    let rows = vec![("ann", 3), ("bo", 5)];
    let lines = comp![f"{name}: {score}" for (name, score) in &rows];
    println!("{lines:?}");
}
