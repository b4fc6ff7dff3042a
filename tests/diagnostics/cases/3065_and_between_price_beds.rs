//! mistake: joined two filter conditions with Python's `and`
//! offending: and
//! category: python-habit
use comprehensions::comp;

#[derive(Debug, Clone)]
struct Listing {
    id: u32,
    city: String,
    price: u64,
    beds: u8,
}

fn main() {
    let listings = vec![
        Listing { id: 1, city: "Austin".into(), price: 450_000, beds: 3 },
        Listing { id: 2, city: "Austin".into(), price: 720_000, beds: 4 },
        Listing { id: 3, city: "Dallas".into(), price: 310_000, beds: 2 },
    ];
    let max_price = 500_000;
    let matches = comp![(l.id, &l.city) for l in &listings if l.price <= max_price and l.beds >= 3];
    println!("{matches:?}");
}
