//! mistake: `[[c.amount for c in o.charges] for o in orders]` iterates each borrowed order's `Vec` field by value (Python iterates the shared list; Rust needs `&o.charges`)
//! offending: o.charges
//! category: ownership
use comprehensions::comp;

struct Charge {
    amount: u32,
}

struct Invoice {
    number: u32,
    charges: Vec<Charge>,
}

fn main() {
    let invoices = vec![Invoice { number: 1, charges: vec![Charge { amount: 3 }, Charge { amount: 4 }] }];
    let lines = comp![[c.amount for c in o.charges] for o in &invoices];
    println!("{lines:?} for {}", invoices[0].number);
}
