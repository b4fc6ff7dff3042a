//! mistake: polled a `then` stream, which is not `Unpin`, with `next()` to keep using it afterwards
//! offending: doubled.next()
//! category: async
use futures::stream::{self, StreamExt};

async fn run() -> (Vec<u32>, usize) {
    let mut doubled = stream::iter(1..=10u32).then(|x| async move { x * 2 });
    let mut small = Vec::new();
    while let Some(x) = doubled.next().await {
        if x < 8 {
            small.push(x);
        }
    }
    let rest = doubled.count().await;
    (small, rest)
}

fn main() {
    println!("{:?}", futures::executor::block_on(run()));
}
