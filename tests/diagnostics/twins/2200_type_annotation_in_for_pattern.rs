//! mistake: annotated the loop variable's type in the `for` pattern (`for o: &Order in ..`), like a Python type hint
//! offending: : &Order
//! category: syntax

struct Order {
    id: u64,
    total_cents: u64,
    paid: bool,
}

fn main() {
    let orders = vec![
        Order { id: 10, total_cents: 4_500, paid: true },
        Order { id: 11, total_cents: 990, paid: false },
    ];
    let mut revenue: u64 = 0;
    for o: &Order in &orders {
        if o.paid {
            revenue += o.total_cents;
        }
    }
    println!("revenue {revenue} from {} orders", orders.len());
    println!("{}", orders[0].id);
}
