//! mistake: multiplying an `f32` price field by an `f64` rate (Python has one float type)
//! offending: it.price * vat
//! category: type
use comprehensions::comp;

struct Item {
    price: f32,
}

fn main() {
    let items = vec![Item { price: 10.0 }, Item { price: 2.5 }];
    let vat: f64 = 1.2;
    // Python: gross = [it.price * vat for it in items]
    let gross = comp![it.price * vat for it in &items];
    println!("{gross:?}");
}
