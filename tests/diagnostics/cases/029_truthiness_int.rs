//! mistake: Python truthiness: `if x % 2` as a condition on an integer
//! offending: x % 2
//! category: python-habit
use comprehensions::comp;

fn main() {
    let xs = 0..10;
    let odd = comp![x for x in xs if x % 2];
    println!("{odd:?}");
}
