//! mistake: Python's `sum([line.price * line.qty for line in self.lines])`: Rust has no free function `sum`
//! offending: sum
//! category: python-habit
use comprehensions::comp;

struct Line {
    price: u64,
    qty: u64,
}

struct Cart {
    lines: Vec<Line>,
}

impl Cart {
    fn total(&self) -> u64 {
        sum(comp![line.price * line.qty for line in &self.lines])
    }
}

fn main() {
    let cart = Cart { lines: vec![Line { price: 250, qty: 2 }, Line { price: 99, qty: 1 }] };
    println!("{}", cart.total());
}
