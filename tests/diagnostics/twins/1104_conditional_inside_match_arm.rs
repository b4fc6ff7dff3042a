//! mistake: Python's conditional expression used inside a match arm of the element
//! offending: c if keep_case else c.to_ascii_lowercase()
//! category: syntax
fn main() {
    let keep_case = false;
    let slug: Vec<char> = "Hi There".chars().map(|c| match c { 'A'..='Z' | 'a'..='z' => c if keep_case else c.to_ascii_lowercase(), _ => '-' }).collect();
    println!("{}", slug.iter().collect::<String>());
}
