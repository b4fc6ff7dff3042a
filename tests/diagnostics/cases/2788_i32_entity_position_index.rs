//! mistake: indexed the token slice with `i32` entity positions from the tagger
//! offending: tokens[p]
//! category: type
use comprehensions::comp;

fn tag_entities(tokens: &[&str]) -> Vec<i32> {
    tokens.iter().enumerate().filter(|(_, t)| t.chars().next().is_some_and(char::is_uppercase)).map(|(i, _)| i as i32).collect()
}

fn main() {
    let tokens: Vec<&str> = "send 20 euros to Maria in Berlin".split(' ').collect();
    let positions = tag_entities(&tokens);
    let entities = comp![tokens[p] for &p in &positions];
    println!("{entities:?}");
}
