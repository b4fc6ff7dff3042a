//! mistake: `async for` over the call of an `async fn` that returns a stream, without awaiting the call first
//! offending: open_feed(5)
//! category: async
use comprehensions::acomp;
use futures::stream::{self, Stream};

async fn open_feed(n: u32) -> impl Stream<Item = u32> {
    stream::iter(0..n)
}

async fn even_tens() -> Vec<u32> {
    acomp![e * 10 async for e in open_feed(5) if e % 2 == 0]
}

fn main() {
    println!("{:?}", futures::executor::block_on(even_tens()));
}
