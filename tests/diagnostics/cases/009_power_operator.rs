//! mistake: Python's `**` for exponentiation
//! offending: s ** 2
//! category: python-habit
use comprehensions::comp;

fn main() {
    let sides = vec![3, 4, 5];
    let areas = comp![s ** 2 for s in sides];
    println!("{areas:?}");
}
