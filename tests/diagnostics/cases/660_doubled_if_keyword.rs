//! mistake: leaves a duplicated `if` in a filter after an edit
//! offending: if if
//! category: syntax
use comprehensions::comp;

fn main() {
    let words = vec!["a", "tree", "is", "green"];
    let long = comp![w for w in &words if if w.len() > 3];
    println!("{long:?}");
}
