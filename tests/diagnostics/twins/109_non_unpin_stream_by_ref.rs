//! mistake: `async for` over `&mut` a stream that is not `Unpin` (`stream::unfold`) (hand-written)
//! offending: (&mut ticks).next()
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut ticks = stream::unfold(0u32, |n| async move { if n < 5 { Some((n, n + 1)) } else { None } });
    let mut first = Vec::new();
    while let Some(t) = (&mut ticks).next().await {
        if t < 2 {
            first.push(t);
        }
    }
    let rest: Vec<u32> = ticks.collect().await;
    println!("{first:?} {rest:?}");
}
