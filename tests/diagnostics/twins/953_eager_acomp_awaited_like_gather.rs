//! mistake: awaited a buffered stream's collected `Vec` once more, as Python awaits `asyncio.gather(..)`
//! offending: .await
//! category: python-habit
use futures::stream::{self, StreamExt};

async fn fetch(id: u32) -> String {
    format!("item {id}")
}

async fn run(ids: Vec<u32>) -> Vec<String> {
    stream::iter(ids).map(fetch).buffered(4).collect::<Vec<_>>().await.await
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(vec![1, 2, 3])));
}
