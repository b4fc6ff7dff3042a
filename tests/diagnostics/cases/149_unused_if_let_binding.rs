//! mistake: an `if let Some(v)` clause whose `v` the element never uses
//! offending: v
//! category: lint
use comprehensions::comp;

fn main() {
    let slots = vec![Some(3), None, Some(5)];
    let filled = comp![i for (i, s) in slots.iter().enumerate() if let Some(v) = s];
    println!("{filled:?}");
}
