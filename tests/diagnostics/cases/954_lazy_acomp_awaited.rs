//! mistake: awaited a lazy `acomp!((..))` where it is created, as if it were a coroutine: it is a stream
//! offending: .await;
//! category: async
use comprehensions::acomp;
use futures::StreamExt;

async fn score(name: &str) -> u32 {
    name.len() as u32
}

async fn total(names: &[&str]) -> u32 {
    let mut scores = acomp!((score(n).await for n in names)).await;
    let mut sum = 0;
    while let Some(s) = scores.next().await {
        sum += s;
    }
    sum
}

fn main() {
    println!("{}", futures::executor::block_on(total(&["ann", "bob"])));
}
