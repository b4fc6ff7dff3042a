//! mistake: max(..) of a nested generator is an Option<&i32>, compared directly with an integer
//! offending: > 90
//! category: type
use comprehensions::comp;

fn main() {
    let table: Vec<(&str, Vec<i32>)> = vec![("ann", vec![88, 95]), ("bob", vec![70, 60])];
    // Python: stars = [name for name, scores in table if max(s for s in scores) > 90]
    let stars = comp![*name for (name, scores) in &table if Iterator::max(s for s in scores) > 90];
    println!("{stars:?}");
}
