//! mistake: left out `in` between the loop pattern and the token iterator
//! offending: tokens.iter()
//! category: syntax

fn main() {
    let tokens: Vec<&str> = "Tokenizers Split Text Into Terms".split(' ').collect();
    let mut normalized: Vec<String> = Vec::new();
    for t tokens.iter() {
        if t.len() > 2 {
            normalized.push(t.to_lowercase());
        }
    }
    println!("{normalized:?}");
}
