// Python's conditional as a `match` arm's value, where the syntax is
// Rust's and it is not rewritten: one error on its `if` that says so.
use comprehensions::comp;

fn main() {
    let keep_case = false;
    let slug = comp![match c { 'A'..='Z' | 'a'..='z' => c if keep_case else c.to_ascii_lowercase(), _ => '-' } for c in "Hi There".chars()];
    // In parentheses it is Python's, and rewritten.
    let ok = comp![match c { 'a'..='z' => (c if keep_case else '*'), _ => '-' } for c in "hi".chars()];
    println!("{slug:?} {ok:?}");
}
