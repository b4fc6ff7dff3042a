//! mistake: iterates a tokio Interval with `async for`, as if it were an async iterator of ticks
//! offending: &mut interval
//! category: async
use std::time::Duration;

use comprehensions::acomp;
use futures::StreamExt;

async fn read_sensor() -> u32 {
    42
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut interval = tokio::time::interval(Duration::from_millis(10));
    let readings: Vec<u32> = acomp!((read_sensor().await async for _ in &mut interval)).take(3).collect().await;
    println!("{readings:?}");
}
