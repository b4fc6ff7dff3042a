//! mistake: Python's anext(stream) as a free function (Rust: stream.next().await with StreamExt)
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut ticks = stream::iter(vec![10, 20, 30, 40]);
    let mut first_two = Vec::new();
    for _ in 0..2 {
        first_two.push(anext(&mut ticks).await);
    }
    println!("{first_two:?}");
}
