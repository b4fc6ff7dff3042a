//! mistake: built an email index borrowing the customers, then moved the customers away while the index was still used
//! offending: archive(customers)
//! category: ownership
use std::collections::HashMap;

struct Customer {
    id: u32,
    email: String,
}

fn archive(customers: Vec<Customer>) -> usize {
    customers.len()
}

fn main() {
    let customers = vec![
        Customer { id: 1, email: "ana@example.com".into() },
        Customer { id: 2, email: "bo@example.com".into() },
    ];
    let lookups = ["bo@example.com", "zed@example.com"];
    let index: HashMap<&str, u32> = customers.iter().map(|c| (c.email.as_str(), c.id)).collect();
    let archived = archive(customers);
    let hits: Vec<Option<u32>> = lookups.iter().map(|e| index.get(e).copied()).collect();
    println!("{archived} archived, hits {hits:?}");
}
