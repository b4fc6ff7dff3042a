//! mistake: returned a lazy comprehension that borrows a `Vec` the function owns
//! offending: &feed
//! category: ownership
use comprehensions::comp;

struct Listing {
    id: u32,
    price: u64,
}

const CEILING: u64 = 300_000;

fn price_drops(feed: Vec<Listing>) -> impl Iterator<Item = u32> {
    comp!((l.id for l in &feed if l.price < CEILING))
}

fn main() {
    let feed = vec![Listing { id: 1, price: 299_000 }, Listing { id: 2, price: 510_000 }];
    let ids: Vec<u32> = price_drops(feed).collect();
    println!("{ids:?}");
}
