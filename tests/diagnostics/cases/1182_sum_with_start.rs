//! mistake: Python's `sum((..), shipping)` with a start value as `.sum(shipping)`: Rust's `sum` takes no argument
//! offending: sum(shipping)
//! category: python-habit
use comprehensions::comp;

struct Line {
    price: f64,
    qty: u32,
}

fn main() {
    let cart = vec![Line { price: 2.5, qty: 2 }, Line { price: 10.0, qty: 1 }];
    let shipping = 4.5;
    let total: f64 = comp!((l.price * l.qty as f64 for l in &cart)).sum(shipping);
    println!("{total:.2}");
}
