//! mistake: wrote the two-character operator `->` in single quotes, as Python allows for strings
//! offending: '->'
//! category: syntax
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
    let arrows: Vec<usize> = tokens.iter().filter(|t| t.text == '->').map(|t| t.col).collect();
    println!("{arrows:?}");
}
