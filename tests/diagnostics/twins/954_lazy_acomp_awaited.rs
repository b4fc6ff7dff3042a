//! mistake: awaited a `then` stream where it is created, as if it were a coroutine: it is a stream
//! offending: .await;
//! category: async
use futures::stream::{self, StreamExt};

async fn score(name: &str) -> u32 {
    name.len() as u32
}

async fn total(names: &[&str]) -> u32 {
    let mut scores = stream::iter(names).then(|n| score(n)).await;
    let mut sum = 0;
    while let Some(s) = scores.next().await {
        sum += s;
    }
    sum
}

fn main() {
    println!("{}", futures::executor::block_on(total(&["ann", "bob"])));
}
