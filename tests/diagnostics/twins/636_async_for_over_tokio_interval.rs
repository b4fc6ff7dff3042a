//! mistake: iterates a tokio Interval with `async for`, as if it were an async iterator of ticks
//! offending: then
//! category: async
use std::time::Duration;

use futures::StreamExt;

async fn read_sensor() -> u32 {
    42
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut interval = tokio::time::interval(Duration::from_millis(10));
    let readings: Vec<u32> = (&mut interval).then(|_| read_sensor()).take(3).collect().await;
    println!("{readings:?}");
}
