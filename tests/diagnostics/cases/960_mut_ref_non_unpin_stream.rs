//! mistake: `async for` over `&mut` a `then` stream, which is not `Unpin`, to keep using it afterwards
//! offending: &mut doubled
//! category: async
use comprehensions::acomp;
use futures::stream::{self, StreamExt};

async fn run() -> (Vec<u32>, usize) {
    let mut doubled = stream::iter(1..=10u32).then(|x| async move { x * 2 });
    let small = acomp![x async for x in &mut doubled if x < 8];
    let rest = doubled.count().await;
    (small, rest)
}

fn main() {
    println!("{:?}", futures::executor::block_on(run()));
}
