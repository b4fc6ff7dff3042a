//! mistake: filtered with SQL's `where` instead of `if`, while porting an ORM query
//! offending: where
//! category: syntax

struct Customer {
    id: u64,
    country: &'static str,
    lifetime_value_cents: u64,
}

fn main() {
    let customers = vec![
        Customer { id: 1, country: "PT", lifetime_value_cents: 120_000 },
        Customer { id: 2, country: "DE", lifetime_value_cents: 4_000 },
    ];
    let mut vip_ids = Vec::new();
    for c in &customers where c.lifetime_value_cents > 100_000 {
        vip_ids.push(c.id);
    }
    println!("{vip_ids:?} {}", customers[0].country);
}
