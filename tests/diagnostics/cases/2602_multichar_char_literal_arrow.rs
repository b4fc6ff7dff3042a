//! mistake: wrote the two-character operator `->` in single quotes, as Python allows for strings
//! offending: '->'
//! category: syntax
use comprehensions::comp;

struct Token {
    text: String,
    col: usize,
}

fn main() {
    let tokens = vec![
        Token { text: "fn".into(), col: 0 },
        Token { text: "->".into(), col: 10 },
        Token { text: "i32".into(), col: 13 },
    ];
    let arrows = comp![t.col for t in &tokens if t.text == '->'];
    println!("{arrows:?}");
}
