//! mistake: Python's range(len(xs)) as the iterable
//! offending: range(len(prices))
//! category: python-habit
use comprehensions::comp;

fn main() {
    let prices = vec![9.5, 3.0, 12.25];
    let qty = vec![2.0, 10.0, 1.0];
    let totals = comp![prices[i] * qty[i] for i in range(len(prices))];
    println!("{totals:?}");
}
