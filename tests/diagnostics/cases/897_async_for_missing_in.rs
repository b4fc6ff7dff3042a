//! mistake: `in` deleted from an `async for` clause
//! offending: events
//! category: syntax
use comprehensions::acomp;
use futures::stream;

async fn run() -> Vec<u32> {
    let events = stream::iter(vec![1u32, 2, 3]);
    acomp![e * 2 async for e events]
}

fn main() {
    println!("{:?}", futures::executor::block_on(run()));
}
