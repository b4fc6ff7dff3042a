//! mistake: filled missing regions with Python's `value or default` on an `Option<String>`
//! offending: or
//! category: python-habit
use comprehensions::comp;

struct Customer {
    id: u32,
    region: Option<String>,
}

fn main() {
    let customers = vec![
        Customer { id: 1, region: Some("emea".into()) },
        Customer { id: 2, region: None },
        Customer { id: 3, region: Some("apac".into()) },
    ];
    // Python: df["region"] = [c.region or "unknown" for c in customers]
    let regions: Vec<String> = comp![c.region.clone() or "unknown".to_string() for c in &customers];
    for (c, r) in customers.iter().zip(&regions) {
        println!("{} -> {r}", c.id);
    }
}
