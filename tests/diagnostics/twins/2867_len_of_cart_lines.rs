//! mistake: called Python's `len()` builtin on a cart's line items
//! offending: len
//! category: python-habit
struct Line {
    sku: String,
    qty: u32,
}

struct Cart {
    customer: String,
    lines: Vec<Line>,
}

fn main() {
    let carts = vec![
        Cart { customer: "ana".into(), lines: vec![Line { sku: "A1".into(), qty: 2 }] },
        Cart { customer: "bo".into(), lines: vec![] },
    ];
    let sizes: Vec<(&str, usize)> = carts.iter().map(|c| (c.customer.as_str(), len(&c.lines))).collect();
    println!("{sizes:?} {}", carts[0].lines[0].sku.len() + carts[0].lines[0].qty as usize);
}
