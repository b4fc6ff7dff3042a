//! mistake: doubles the items of a stream of `Result`s as if they were the numbers (no `?`, no `if let Ok`)
//! offending: x * 2
//! category: type
use futures::stream::{self, Stream, StreamExt};

fn readings() -> impl Stream<Item = Result<i32, String>> {
    stream::iter(vec![Ok(1), Err("sensor offline".to_string()), Ok(3)])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut doubled: Vec<i32> = Vec::new();
    let mut s = std::pin::pin!(readings());
    while let Some(x) = s.next().await {
        doubled.push(x * 2);
    }
    println!("{doubled:?}");
}
