//! mistake: `.try_collect()` on a stream of `Result`s without importing `TryStreamExt` (hand-written)
use futures::stream::{self, StreamExt};
use std::num::ParseIntError;

async fn load(raw: &str) -> Result<u32, ParseIntError> {
    raw.trim().parse()
}

async fn load_all(raws: &[&str]) -> Result<Vec<u32>, ParseIntError> {
    stream::iter(raws).then(|r| load(r)).try_collect().await
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", load_all(&["1", " 2"]).await);
}
