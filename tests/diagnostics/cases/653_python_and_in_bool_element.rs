//! mistake: writes a boolean element with Python's `and`
//! offending: and
//! category: python-habit
use comprehensions::comp;

fn main() {
    let (lo, hi) = (10, 20);
    let xs = vec![5, 12, 19, 25];
    let in_range = comp![(lo <= x and x <= hi) for &x in &xs];
    println!("{in_range:?}");
}
