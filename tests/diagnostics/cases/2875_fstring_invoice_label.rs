//! mistake: built the invoice label with a Python f-string
//! offending: f"INV-{o.id}-{o.customer}"
//! category: python-habit
use comprehensions::comp;

struct Order {
    id: u64,
    customer: String,
}

fn main() {
    let orders = vec![
        Order { id: 501, customer: "acme".into() },
        Order { id: 502, customer: "globex".into() },
    ];
    let labels: Vec<String> = comp![f"INV-{o.id}-{o.customer}" for o in &orders];
    println!("{labels:?}");
}
