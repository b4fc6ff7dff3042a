//! mistake: keeping words borrowed from a temporary `to_lowercase()` String past the statement (hand-written)
fn main() {
    let text = String::from("The Cat and the Hat");
    let words: Vec<&str> = text.to_lowercase().split(' ').filter(|w| *w != "the").collect();
    println!("{words:?}");
}
