//! mistake: built a composite join key with Python's `str(id)` conversion
//! offending: str(o.customer_id)
//! category: python-habit
use std::collections::HashSet;

struct Order {
    customer_id: u32,
    region: String,
}

fn main() {
    let orders = vec![
        Order { customer_id: 7, region: "emea".into() },
        Order { customer_id: 7, region: "emea".into() },
        Order { customer_id: 9, region: "apac".into() },
    ];
    let keys: HashSet<String> = orders
        .iter()
        .map(|o| str(o.customer_id) + "-" + &o.region)
        .collect();
    println!("{} distinct customer/region keys", keys.len());
}
