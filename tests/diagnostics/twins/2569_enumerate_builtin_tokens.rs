//! mistake: numbered the tokens with Python's `enumerate(..)` builtin
//! offending: enumerate(&tokens)
//! category: python-habit
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
    let mut positions = Vec::new();
    for (i, t) in enumerate(&tokens) {
        if t.kind == Kind::Ident {
            positions.push((i, &t.text));
        }
    }
    println!("{positions:?}");
}
