//! mistake: chained the shipping tier conditional with Python's `elif`
//! offending: elif
//! category: python-habit
struct Order {
    id: u64,
    total: f64,
    priority: bool,
}

fn main() {
    let orders = vec![
        Order { id: 1, total: 20.0, priority: true },
        Order { id: 2, total: 150.0, priority: false },
        Order { id: 3, total: 60.0, priority: false },
    ];
    let mut tiers = Vec::new();
    for o in &orders {
        let tier = if o.priority { "express" } elif o.total >= 100.0 { "free" } else { "standard" };
        tiers.push((o.id, tier));
    }
    println!("{tiers:?}");
}
