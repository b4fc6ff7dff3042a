//! mistake: numbered the tokens with Python's `enumerate(..)` builtin
//! offending: enumerate(&tokens)
//! category: python-habit
use comprehensions::comp;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Ident,
    Number,
    Op,
}

struct Token {
    kind: Kind,
    text: String,
}

fn main() {
    let tokens = vec![
        Token { kind: Kind::Ident, text: "x".into() },
        Token { kind: Kind::Op, text: "=".into() },
        Token { kind: Kind::Number, text: "42".into() },
    ];
    let positions = comp![(i, &t.text) for (i, t) in enumerate(&tokens) if t.kind == Kind::Ident];
    println!("{positions:?}");
}
