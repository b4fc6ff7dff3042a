//! mistake: `StreamExt::filter` on a lazy `acomp!` stream with a plain `bool` closure, as `Iterator::filter` takes (the stream's `filter` wants a future)
//! offending: filter(|x| x % 2 == 0)
//! category: async
use comprehensions::acomp;
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let readings = stream::iter(vec![1u32, 2, 3, 4]);
    let even: Vec<u32> = acomp!((r * 3 async for r in readings)).filter(|x| x % 2 == 0).collect().await;
    println!("{even:?}");
}
