//! mistake: collected token kinds into a set, but the enum does not derive `Hash`
//! offending: t.kind
//! category: type
use comprehensions::comp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokenKind {
    Ident,
    IntLit,
    Plus,
    Semicolon,
}

struct Token {
    kind: TokenKind,
    offset: usize,
}

fn main() {
    let tokens = vec![
        Token { kind: TokenKind::Ident, offset: 0 },
        Token { kind: TokenKind::Plus, offset: 2 },
        Token { kind: TokenKind::IntLit, offset: 4 },
        Token { kind: TokenKind::Semicolon, offset: 5 },
    ];
    let seen = comp!({t.kind for t in &tokens if t.offset < 5});
    println!("{seen:?}");
}
