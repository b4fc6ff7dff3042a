//! mistake: forgot the closing `]` of the comprehension before the end of the statement
//! offending: comp![
//! category: syntax
use comprehensions::comp;

struct Diagnostic {
    line: u32,
    message: String,
}

fn main() {
    let diags = vec![Diagnostic { line: 3, message: "unused variable `x`".into() }];
    let rendered = comp![format!("{}: {}", d.line, d.message) for d in &diags;
    println!("{}", rendered.join("\n"));
}
