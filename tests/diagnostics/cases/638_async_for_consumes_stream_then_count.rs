//! mistake: filters a stream with `async for`, then counts the same stream again, as if it were a Python list
//! offending: events.count()
//! category: ownership
use comprehensions::acomp;
use futures::StreamExt;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = futures::stream::iter(vec![3, -1, 4, -1, 5]);
    let positive = acomp![e async for e in events if e > 0];
    let total = events.count().await;
    println!("{} of {total} positive", positive.len());
}
