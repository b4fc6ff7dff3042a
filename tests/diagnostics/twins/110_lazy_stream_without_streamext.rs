//! mistake: calling `.next()` on a lazy `acomp!` stream without importing `StreamExt` (hand-written)
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut doubled = stream::iter(vec![2, 4, 6]);
    while let Some(v) = doubled.next().await {
        println!("{v}");
    }
}
