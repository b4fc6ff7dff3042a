//! mistake: a stream passed to a function that takes an `Iterator`
//! offending: stream::iter(items).then(|i| weight(i))
//! category: async
use futures::stream::{self, StreamExt};

async fn weight(item: &str) -> u32 {
    item.len() as u32
}

fn heaviest(ws: impl Iterator<Item = u32>) -> Option<u32> {
    ws.max()
}

async fn run(items: &[&str]) -> Option<u32> {
    heaviest(stream::iter(items).then(|i| weight(i)))
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(&["a", "bcd"])));
}
