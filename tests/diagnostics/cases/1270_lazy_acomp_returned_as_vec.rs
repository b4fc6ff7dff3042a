//! mistake: a lazy `acomp!((..))` (an async generator) returned from a function declared to return a `Vec`
//! offending: acomp!((x * 2 async for x in src))
//! category: type
use comprehensions::acomp;
use futures::stream::{self, Stream};

fn doubled(src: impl Stream<Item = u32> + Unpin) -> Vec<u32> {
    acomp!((x * 2 async for x in src))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let v = doubled(stream::iter(vec![1, 2, 3]));
    println!("{v:?}");
}
