//! mistake: filled missing regions with Python's `value or default` on an `Option<String>`
//! offending: or
//! category: python-habit

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
    let regions: Vec<String> = customers
        .iter()
        .map(|c| c.region.clone() or "unknown".to_string())
        .collect();
    for (c, r) in customers.iter().zip(&regions) {
        println!("{} -> {r}", c.id);
    }
}
