//! mistake: the first urgent order taken with `[0]` on a lazy form, as on a Python list
//! offending: [0]
//! category: python-habit
use comprehensions::comp;

struct Order {
    id: u32,
    urgent: bool,
}

fn main() {
    let orders = vec![Order { id: 4, urgent: false }, Order { id: 9, urgent: true }];
    let first = comp!((o.id for o in &orders if o.urgent))[0];
    println!("ship #{first} first");
}
