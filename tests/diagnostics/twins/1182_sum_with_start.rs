//! mistake: Python's `sum(gen, shipping)` as `.sum(shipping)` on an iterator chain
//! offending: sum(shipping)
//! category: python-habit

struct Line {
    price: f64,
    qty: u32,
}

fn main() {
    let cart = vec![Line { price: 2.5, qty: 2 }, Line { price: 10.0, qty: 1 }];
    let shipping = 4.5;
    let total: f64 = cart.iter().map(|l| l.price * l.qty as f64).sum(shipping);
    println!("{total:.2}");
}
