//! mistake: `StreamExt::filter` with a plain `bool` closure, as `Iterator::filter` takes (hand-written)
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let readings = stream::iter(vec![1u32, 2, 3, 4]);
    let even: Vec<u32> = readings.map(|r| r * 3).filter(|x| x % 2 == 0).collect().await;
    println!("{even:?}");
}
