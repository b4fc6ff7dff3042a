//! mistake: deletes the value before a conditional element's `if`, leaving `if c else b` as the element
//! offending: if n % 2 == 0 else
//! category: syntax
use comprehensions::comp;

fn main() {
    let xs = vec![3, -4, 5, 8];
    let adjusted = comp![if n % 2 == 0 else -n for n in xs];
    println!("{adjusted:?}");
}
