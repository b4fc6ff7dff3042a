//! mistake: a list comprehension used only for its side effects, its Vec discarded
//! offending: comp![
//! category: lint
use comprehensions::comp;

fn main() {
    let names = vec!["ana", "bo"];
    comp![names.len() * n.len() for n in &names];
}
