//! mistake: moved each token's `String` text out of a borrowed token list
//! offending: tok.text
//! category: ownership
use comprehensions::comp;

struct Token {
    text: String,
    is_keyword: bool,
}

fn main() {
    let tokens = vec![
        Token { text: "while".into(), is_keyword: true },
        Token { text: "cond".into(), is_keyword: false },
        Token { text: "do".into(), is_keyword: true },
    ];
    let keywords: Vec<String> = comp![tok.text for tok in &tokens if tok.is_keyword];
    println!("{keywords:?} of {}", tokens.len());
}
