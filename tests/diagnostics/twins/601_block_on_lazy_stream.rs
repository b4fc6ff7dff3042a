//! mistake: `block_on(..)` around a stream in a sync `main`, though a stream is not a future (hand-written)
//! offending: prices.map(|p| p * 2)
use futures::executor::block_on;
use futures::stream::{self, StreamExt};

fn main() {
    let prices = stream::iter(vec![10, 20]);
    let doubled: Vec<i32> = block_on(prices.map(|p| p * 2));
    println!("{doubled:?}");
}
