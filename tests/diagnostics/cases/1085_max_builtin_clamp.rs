//! mistake: Python's max(x, 0) builtin to clamp
//! offending: max(x, 0)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let deltas = vec![-3, 7, 0, -1, 4];
    let gains = comp![max(x, 0) for x in deltas];
    println!("{gains:?}");
}
