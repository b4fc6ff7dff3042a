//! mistake: `sum(o.total_cents for o in orders if o.paid)` as a lazy comprehension summed into a `u64` while the field is a `u32`
//! offending: sum()
//! category: type
struct Order {
    total_cents: u32,
    paid: bool,
}

fn main() {
    let orders = vec![Order { total_cents: 1999, paid: true }, Order { total_cents: 500, paid: false }];
    let revenue: u64 = orders.iter().filter(|o| o.paid).map(|o| o.total_cents).sum();
    println!("revenue: {revenue}");
}
