//! mistake: Python's `max(a, b)` as a free function
//! offending: max
//! category: python-habit
use comprehensions::comp;

fn main() {
    let balances = vec![120, -30, 45];
    let floored = comp![max(b, 0) for b in balances];
    println!("{floored:?}");
}
