//! mistake: `itertools.product(range(3), range(3))` imitated by iterating a tuple of two ranges
//! offending: (0..3, 0..3)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let table = comp![a * b for (a, b) in (0..3, 0..3)];
    println!("{table:?}");
}
