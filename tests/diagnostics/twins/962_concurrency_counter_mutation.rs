//! mistake: counted finished items with `done += 1` in each buffered future, as Python's coroutines under `gather` can
//! offending: done += 1
//! category: python-habit
use futures::stream::{self, StreamExt};

async fn fetch(u: &str) -> usize {
    u.len()
}

async fn crawl(urls: &[&str]) -> (Vec<usize>, u32) {
    let mut done = 0;
    let sizes = stream::iter(urls)
        .map(|u| async { done += 1; fetch(u).await })
        .buffered(8)
        .collect::<Vec<_>>()
        .await;
    (sizes, done)
}

fn main() {
    println!("{:?}", futures::executor::block_on(crawl(&["a", "bb"])));
}
