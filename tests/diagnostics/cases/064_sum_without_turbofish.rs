//! mistake: `Iterator::sum(..)` over a generator argument with nothing to infer the sum's type
//! offending: Iterator::sum
//! category: type
use comprehensions::comp;

struct Line {
    qty: u32,
}

struct Order {
    lines: Vec<Line>,
}

fn main() {
    let orders = vec![Order { lines: vec![Line { qty: 2 }, Line { qty: 5 }] }];
    let totals = comp![Iterator::sum(l.qty for l in &o.lines) for o in &orders];
    println!("{totals:?}");
}
