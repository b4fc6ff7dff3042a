//! mistake: half-typed conditional element, `x if x > 0 else` with the other branch not written yet
//! offending: else
//! category: syntax
use comprehensions::comp;

fn main() {
    let xs = vec![3, -1, 4];
    let clamped = comp![x if x > 0 else for x in xs];
    println!("{clamped:?}");
}
