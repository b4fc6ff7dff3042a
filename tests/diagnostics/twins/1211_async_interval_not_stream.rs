//! mistake: `StreamExt::next` on a `tokio::time::Interval` in a `while let` loop: an `Interval` is not a `Stream`
//! offending: ticks.next()
//! category: async
use futures::StreamExt;
use std::time::Duration;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut ticks = tokio::time::interval(Duration::from_millis(5));
    let mut stamps = Vec::new();
    while let Some(t) = ticks.next().await {
        if t.elapsed().as_millis() < 20 {
            stamps.push(t.elapsed().as_millis());
        }
    }
    println!("{stamps:?}");
}
