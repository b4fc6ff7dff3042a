//! mistake: forgot the closing `)` of the `map` call before the end of the statement
//! offending: map(
//! category: syntax
struct Diagnostic {
    line: u32,
    message: String,
}

fn main() {
    let diags = vec![Diagnostic { line: 3, message: "unused variable `x`".into() }];
    let rendered: Vec<String> = diags.iter().map(|d| format!("{}: {}", d.line, d.message).collect();
    println!("{}", rendered.join("\n"));
}
