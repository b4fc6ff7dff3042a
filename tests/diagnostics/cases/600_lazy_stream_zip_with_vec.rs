//! mistake: `StreamExt::zip` of a lazy `acomp!` stream with a `Vec` (Python's `zip(aiter, names)` habit; a stream zips only with a stream)
//! offending: names
//! category: async
use comprehensions::acomp;
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names = vec!["alice", "bob"];
    let scores = stream::iter(vec![70, 85]);
    let pairs: Vec<(u32, &str)> = acomp!((s + 5 async for s in scores)).zip(names).collect().await;
    println!("{pairs:?}");
}
