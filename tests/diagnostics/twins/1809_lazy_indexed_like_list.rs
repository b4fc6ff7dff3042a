//! mistake: the first urgent order taken with `[0]` on a lazy form, as on a Python list
//! offending: [0]
//! category: python-habit

struct Order {
    id: u32,
    urgent: bool,
}

fn main() {
    let orders = vec![Order { id: 4, urgent: false }, Order { id: 9, urgent: true }];
    let first = orders.iter().filter(|o| o.urgent).map(|o| o.id)[0];
    println!("ship #{first} first");
}
