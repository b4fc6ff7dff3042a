//! mistake: collecting a lazy `acomp!` stream without `.await`
//! offending: collect()
//! category: async
use comprehensions::acomp;
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let squares: Vec<u64> = acomp!((x * x async for x in stream::iter(1..=4u64))).collect();
    println!("{squares:?}");
}
