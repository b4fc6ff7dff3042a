//! mistake: returned a lazy comprehension that borrows a by-value parameter, without `move`
//! offending: min_len
//! category: ownership
use comprehensions::comp;

struct Token {
    text: String,
}

fn long_idents(tokens: &[Token], min_len: usize) -> impl Iterator<Item = &str> + '_ {
    comp!((t.text.as_str() for t in tokens if t.text.len() >= min_len))
}

fn main() {
    let tokens = vec![Token { text: "i".into() }, Token { text: "accumulator".into() }];
    let names: Vec<&str> = long_idents(&tokens, 3).collect();
    println!("{names:?}");
}
