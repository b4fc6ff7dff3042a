//! Flattening a stream of streams, eagerly and lazily.
//!
//! Python (flattening async streams with nested `async for`, PEP 530):
//!
//! ```python
//! # Flatten async streams
//! flat = [item async for substream in streams async for item in substream]
//!
//! # Async generator expression: lazy, values are produced on demand
//! filtered = (item async for item in aiter if item.valid)
//! async for item in filtered:
//!     await handle(item)
//! ```

use std::time::Duration;

use comprehensions::acomp;
use futures::stream::{self, Stream, StreamExt};

/// One feed: `n` events, each arriving after a short delay.
fn feed(name: &'static str, n: u32) -> impl Stream<Item = String> {
    stream::iter(0..n).then(move |i| async move {
        tokio::time::sleep(Duration::from_millis(5)).await;
        format!("{name}#{i}")
    })
}

fn feeds() -> impl Stream<Item = impl Stream<Item = String>> {
    stream::iter([feed("news", 2), feed("sport", 2), feed("weather", 3)])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let flat = acomp![item async for substream in feeds() async for item in substream];
    println!("flat: {flat:?}");

    // The lazy form reads the feeds only as far as the consumer pulls.
    let mut wanted = std::pin::pin!(acomp!((
        item
        async for substream in feeds()
        async for item in substream
        if !item.starts_with("sport")
    )));
    while let Some(item) = wanted.next().await {
        println!("handling {item}");
        if item.starts_with("weather") {
            break; // the rest of the weather feed is never fetched
        }
    }
}
