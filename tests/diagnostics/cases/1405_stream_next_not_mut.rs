//! mistake: a lazy async generator bound without `mut`, then `.next().await` in a `while let` loop
//! offending: events
//! category: async
use comprehensions::{acomp, StreamExt};
use std::time::Duration;

async fn poll(i: u32) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("event {i}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = acomp!((poll(i).await for i in 0..3));
    while let Some(e) = events.next().await {
        println!("{e}");
    }
}
