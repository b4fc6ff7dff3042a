//! mistake: awaited a plain function that returns a stream, in the `async for` iterable (`async for t in await ticks()`)
//! offending: .await
//! category: async
use comprehensions::acomp;
use futures::stream::{self, Stream};

fn ticks(n: u32) -> impl Stream<Item = u32> {
    stream::iter(1..=n)
}

async fn squares() -> Vec<u32> {
    acomp![t * t async for t in ticks(4).await]
}

fn main() {
    println!("{:?}", futures::executor::block_on(squares()));
}
