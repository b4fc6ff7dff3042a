//! mistake: the `async for` variable of a ticker stream is never used (Python's `_` not written)
//! offending: tick
//! category: lint
use comprehensions::acomp;
use futures::stream;

async fn sample() -> u32 {
    42
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ticks = stream::iter(0..3u32);
    let samples = acomp![sample().await async for tick in ticks];
    println!("{samples:?}");
}
