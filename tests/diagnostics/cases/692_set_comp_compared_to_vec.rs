//! mistake: compares a set comprehension with a `vec!` in an assertion, as Python's `{...} == {...}` with a list literal
//! offending: assert_eq!(tags, vec!["rust", "python"])
//! category: type
use comprehensions::comp;

fn main() {
    let posts = vec!["#rust is fun", "#python too", "more #rust"];
    let tags = comp!({w.trim_start_matches('#') for p in &posts for w in p.split(' ') if w.starts_with('#')});
    assert_eq!(tags, vec!["rust", "python"]);
}
