//! mistake: Python's truthiness `if n % 2` (an integer) as a filter for odd numbers
//! offending: n % 2
//! category: python-habit
use comprehensions::comp;

fn main() {
    let nums = vec![3, 8, 5, 12, 7];
    let odds = comp![n for n in &nums if n % 2];
    println!("{odds:?}");
}
