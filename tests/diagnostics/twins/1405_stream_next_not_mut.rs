//! mistake: a stream bound without `mut`, then `.next().await` in a `while let` loop
//! offending: events
//! category: async
use futures::{stream, StreamExt};
use std::time::Duration;

async fn poll(i: u32) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("event {i}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = Box::pin(stream::iter(0..3).then(poll));
    while let Some(e) = events.next().await {
        println!("{e}");
    }
}
