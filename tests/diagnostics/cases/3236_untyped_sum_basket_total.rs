//! mistake: summed each basket with an untyped `.sum()`, so the element type cannot be inferred
//! offending: sum()
//! category: type
use comprehensions::comp;

struct Basket {
    customer: &'static str,
    prices_cents: Vec<u32>,
}

fn main() {
    let baskets = vec![
        Basket { customer: "lee", prices_cents: vec![1250, 399] },
        Basket { customer: "sam", prices_cents: vec![899] },
    ];
    let totals = comp![b.prices_cents.iter().sum() for b in &baskets];
    println!("{:?}", totals);
}
