//! mistake: Python's conditional expression used inside a match arm of the element
//! offending: c if keep_case else c.to_ascii_lowercase()
//! category: syntax
use comprehensions::comp;

fn main() {
    let keep_case = false;
    let slug = comp![match c { 'A'..='Z' | 'a'..='z' => c if keep_case else c.to_ascii_lowercase(), _ => '-' } for c in "Hi There".chars()];
    println!("{}", slug.iter().collect::<String>());
}
