//! mistake: Python's anext(stream) as a free function (Rust: stream.next().await with StreamExt)
//! offending: anext
//! category: async
use comprehensions::acomp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut ticks = stream::iter(vec![10, 20, 30, 40]);
    let first_two = acomp![anext(&mut ticks).await for _ in 0..2];
    println!("{first_two:?}");
}
