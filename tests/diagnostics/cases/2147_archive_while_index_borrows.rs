//! mistake: built an email index borrowing the customers, then moved the customers away while the index was still used
//! offending: archive(customers)
//! category: ownership
use comprehensions::comp;

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
    // Python: index = {c.email: c.id for c in customers}
    let index = comp!({c.email.as_str(): c.id for c in &customers});
    let archived = archive(customers);
    let hits: Vec<Option<u32>> = comp![index.get(e).copied() for e in &lookups];
    println!("{archived} archived, hits {hits:?}");
}
