//! mistake: took the ten most recent orders with Python's slice `[:10]`
//! offending: recent[:10]
//! category: python-habit
use comprehensions::comp;

#[derive(Clone)]
struct Order {
    id: u64,
    total_cents: u64,
}

fn main() {
    let recent: Vec<Order> = (1..=25).map(|i| Order { id: i, total_cents: i * 1000 }).collect();
    let digest = comp![format!("#{} ${}", o.id, o.total_cents / 100) for o in &recent[:10]];
    println!("{digest:?}");
}
