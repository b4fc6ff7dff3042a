//! mistake: `[[c.amount for c in o.charges] for o in orders]` iterates each borrowed order's `Vec` field by value (Python iterates the shared list; Rust needs `&o.charges`)
//! offending: o.charges
//! category: ownership
struct Charge {
    amount: u32,
}

struct Invoice {
    number: u32,
    charges: Vec<Charge>,
}

fn main() {
    let invoices = vec![Invoice { number: 1, charges: vec![Charge { amount: 3 }, Charge { amount: 4 }] }];
    let mut lines = Vec::new();
    for o in &invoices {
        let mut row = Vec::new();
        for c in o.charges {
            row.push(c.amount);
        }
        lines.push(row);
    }
    println!("{lines:?} for {}", invoices[0].number);
}
