//! mistake: filters a stream with `async for`, then counts the same stream again, as if it were a Python list
//! category: ownership
use futures::StreamExt;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = futures::stream::iter(vec![3, -1, 4, -1, 5]);
    let positive: Vec<i32> = events.filter(|e| futures::future::ready(*e > 0)).collect().await;
    let total = events.count().await;
    println!("{} of {total} positive", positive.len());
}
