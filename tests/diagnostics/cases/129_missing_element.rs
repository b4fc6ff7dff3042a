//! mistake: starting the comprehension with `for`, forgetting the element
//! offending: for
//! category: syntax
use comprehensions::comp;

fn main() {
    let lines = vec!["a", "", "b"];
    let kept = comp![for l in lines if !l.is_empty()];
    println!("{kept:?}");
}
