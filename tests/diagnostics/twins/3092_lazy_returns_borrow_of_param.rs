//! mistake: returned a lazy comprehension that borrows a `Vec` the function owns
//! offending: feed.iter()
//! category: ownership
struct Listing {
    id: u32,
    price: u64,
}

const CEILING: u64 = 300_000;

fn price_drops(feed: Vec<Listing>) -> impl Iterator<Item = u32> {
    feed.iter().filter(|l| l.price < CEILING).map(|l| l.id)
}

fn main() {
    let feed = vec![Listing { id: 1, price: 299_000 }, Listing { id: 2, price: 510_000 }];
    let ids: Vec<u32> = price_drops(feed).collect();
    println!("{ids:?}");
}
