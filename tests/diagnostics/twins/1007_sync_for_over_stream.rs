//! mistake: a lazy `acomp!` stream consumed with a plain `for` loop, as Python's generator would be
//! offending: futures::stream::iter(&paths).map(|p| resize(p)).buffered(2)
//! category: async
use futures::StreamExt;
use std::time::Duration;

async fn resize(path: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(2)).await;
    path.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let paths = vec!["a.jpg", "bb.jpg"];
    for size in futures::stream::iter(&paths).map(|p| resize(p)).buffered(2) {
        println!("{size}");
    }
}
