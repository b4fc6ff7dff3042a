//! mistake: C/Python-style parentheses around a filter condition
//! offending: (s.len() > 3)
//! category: lint
use comprehensions::comp;

fn main() {
    let words = vec!["tree", "a", "forest"];
    let long = comp![s for s in words if (s.len() > 3)];
    println!("{long:?}");
}
