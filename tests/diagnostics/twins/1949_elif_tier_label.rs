//! mistake: chained the loyalty tier with Python's `elif` inside a conditional element
//! offending: elif
//! category: python-habit
struct Customer {
    name: String,
    spend: u32,
}

fn main() {
    let customers = vec![Customer { name: "acme".into(), spend: 1500 }, Customer { name: "bob".into(), spend: 50 }];
    let mut tiers = Vec::new();
    for c in &customers {
        let tier = if c.spend > 1000 { "gold" } elif c.spend > 100 { "silver" } else { "basic" };
        tiers.push((c.name.clone(), tier));
    }
    println!("{tiers:?}");
}
