//! mistake: Python's `sum(x for x in ..)` as a lazy form's `.sum()` with no result type
//! offending: sum()
//! category: type

struct Line<'a> {
    sku: &'a str,
    qty: u32,
    price: f64,
}

fn main() {
    let order = vec![Line { sku: "A1", qty: 2, price: 9.5 }, Line { sku: "B7", qty: 0, price: 3.0 }];
    let total = order.iter().filter(|l| l.qty > 0).map(|l| l.qty as f64 * l.price).sum();
    println!("{} {total:.2}", order[0].sku);
}
