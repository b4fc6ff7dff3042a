//! mistake: `Iterator::sum(..)` over a generator argument with nothing to infer the sum's type (hand-written)
struct Line {
    qty: u32,
}

struct Order {
    lines: Vec<Line>,
}

fn main() {
    let orders = vec![Order { lines: vec![Line { qty: 2 }, Line { qty: 5 }] }];
    let mut totals = Vec::new();
    for o in &orders {
        totals.push(Iterator::sum(o.lines.iter().map(|l| l.qty)));
    }
    println!("{totals:?}");
}
