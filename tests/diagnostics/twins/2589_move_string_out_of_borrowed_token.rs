//! mistake: moved each token's `String` text out of a borrowed token list
//! offending: tok.text
//! category: ownership
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
    let mut keywords: Vec<String> = Vec::new();
    for tok in &tokens {
        if tok.is_keyword {
            keywords.push(tok.text);
        }
    }
    println!("{keywords:?} of {}", tokens.len());
}
