//! mistake: rounds to cents with Python's `round(x, 2)` as `.round(2)`
//! offending: round(2)
//! category: python-habit
use comprehensions::comp;

struct Item {
    price: f64,
}

fn main() {
    let rows = vec![Item { price: 9.99 }, Item { price: 12.5 }];
    let with_vat = comp![(r.price * 1.2).round(2) for r in &rows];
    println!("{with_vat:?}");
}
