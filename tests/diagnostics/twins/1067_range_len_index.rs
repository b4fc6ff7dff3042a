//! mistake: Python's range(len(xs)) as the iterable
//! offending: range(len(prices))
//! category: python-habit
fn main() {
    let prices = vec![9.5, 3.0, 12.25];
    let qty = vec![2.0, 10.0, 1.0];
    let mut totals = Vec::new();
    for i in range(len(prices)) {
        totals.push(prices[i] * qty[i]);
    }
    println!("{totals:?}");
}
