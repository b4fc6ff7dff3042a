//! mistake: a mapped stream returned from a function declared to return a `Vec`
//! offending: src.map(|x| x * 2)
//! category: type
use futures::stream::{self, Stream, StreamExt};

fn doubled(src: impl Stream<Item = u32> + Unpin) -> Vec<u32> {
    src.map(|x| x * 2)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let v = doubled(stream::iter(vec![1, 2, 3]));
    println!("{v:?}");
}
