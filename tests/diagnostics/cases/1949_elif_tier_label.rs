//! mistake: chained the loyalty tier with Python's `elif` inside a conditional element
//! offending: elif
//! category: python-habit
use comprehensions::comp;

struct Customer {
    name: String,
    spend: u32,
}

fn main() {
    let customers = vec![Customer { name: "acme".into(), spend: 1500 }, Customer { name: "bob".into(), spend: 50 }];
    let tiers = comp![(c.name.clone(), "gold" if c.spend > 1000 elif c.spend > 100 else "basic") for c in &customers];
    println!("{tiers:?}");
}
