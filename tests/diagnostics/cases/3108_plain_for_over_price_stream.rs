//! mistake: iterated a stream of live price updates with a plain `for` instead of `async for`
//! offending: updates
//! category: async
use comprehensions::acomp;
use futures::stream;

#[derive(Debug)]
struct PriceUpdate {
    mls: String,
    new_price: u64,
    old_price: u64,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let updates = stream::iter(vec![
        PriceUpdate { mls: "TN-1".into(), new_price: 399_000, old_price: 425_000 },
        PriceUpdate { mls: "TN-2".into(), new_price: 515_000, old_price: 499_000 },
    ]);
    let drops = acomp![u.mls for u in updates if u.new_price < u.old_price];
    println!("{drops:?}");
}
