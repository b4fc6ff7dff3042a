//! mistake: `.max()` over `f64` prices, as Python's `max(t.price for t in trades)`
//! offending: max()
//! category: type
use comprehensions::comp;

struct Trade {
    sym: &'static str,
    price: f64,
}

fn main() {
    let trades = vec![Trade { sym: "ACME", price: 10.5 }, Trade { sym: "INIT", price: 7.25 }];
    let top = comp!((t.price for t in &trades)).max();
    println!("{} {top:?}", trades[0].sym);
}
