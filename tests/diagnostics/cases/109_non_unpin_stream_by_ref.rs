//! mistake: `async for` over `&mut` a stream that is not `Unpin` (`stream::unfold`)
//! offending: &mut ticks
//! category: async
use comprehensions::acomp;
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut ticks = stream::unfold(0u32, |n| async move { if n < 5 { Some((n, n + 1)) } else { None } });
    let first = acomp![t async for t in &mut ticks if t < 2];
    let rest: Vec<u32> = ticks.collect().await;
    println!("{first:?} {rest:?}");
}
