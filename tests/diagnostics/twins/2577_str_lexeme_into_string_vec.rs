//! mistake: collected borrowed `&str` lexemes into a `Vec<String>`
//! offending: t.lexeme
//! category: type
struct Token<'src> {
    lexeme: &'src str,
    is_ident: bool,
}

fn main() {
    let src = String::from("fn add a b");
    let tokens: Vec<Token> = src
        .split(' ')
        .map(|w| Token { lexeme: w, is_ident: w != "fn" })
        .collect();
    let mut idents: Vec<String> = Vec::new();
    for t in &tokens {
        if t.is_ident {
            idents.push(t.lexeme);
        }
    }
    println!("{idents:?}");
}
