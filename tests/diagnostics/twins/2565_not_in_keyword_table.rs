//! mistake: used Python's `not in` to drop reserved words from the identifier list
//! offending: name not in KEYWORDS
//! category: python-habit
const KEYWORDS: [&str; 6] = ["let", "fn", "if", "else", "while", "return"];

struct Token {
    text: String,
    line: u32,
}

fn main() {
    let tokens = vec![
        Token { text: "let".into(), line: 1 },
        Token { text: "counter".into(), line: 1 },
        Token { text: "total".into(), line: 2 },
    ];
    let names: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
    let idents: Vec<_> = names
        .iter()
        .zip(&tokens)
        .filter(|(name, _)| name not in KEYWORDS)
        .map(|(name, t)| (name, t.line))
        .collect();
    println!("{idents:?}");
}
