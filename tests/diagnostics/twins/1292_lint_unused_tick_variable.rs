//! mistake: the `while let` variable of a ticker stream is never used
//! offending: tick
//! category: lint
use futures::stream;
use futures::StreamExt;

async fn sample() -> u32 {
    42
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut ticks = stream::iter(0..3u32);
    let mut samples = Vec::new();
    while let Some(tick) = ticks.next().await {
        samples.push(sample().await);
    }
    println!("{samples:?}");
}
