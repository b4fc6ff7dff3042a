//! mistake: Python's `sorted(scores)` as an iterator method `.sorted()`, which std does not have (it is itertools')
//! offending: sorted()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let scores = vec![("bob", 7), ("ann", 9)];
    let ranked = comp![format!("{name}: {score}") for (name, score) in scores.iter().sorted()];
    println!("{ranked:?}");
}
