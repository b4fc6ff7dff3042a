//! mistake: binding with a walrus in the element and using the name in the `if` clause, which runs first
//! offending: n > 3
//! category: python-habit
use comprehensions::comp;

fn main() {
    let words = vec!["a", "kitten", "dog", "elephant"];
    // Python: [(n := len(w)) for w in words if n > 3]  -> NameError
    let long = comp![(n := w.len()) for w in &words if n > 3];
    println!("{long:?}");
}
