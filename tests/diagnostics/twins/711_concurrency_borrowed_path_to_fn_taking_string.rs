//! mistake: passes the `&String` each item borrows from `&paths` to an async fn that takes an owned `String`, under `concurrency`
//! offending: p
//! category: async
use futures::stream::{self, StreamExt};

async fn count_words(path: String) -> usize {
    path.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let paths = vec![String::from("a.txt"), String::from("b.txt")];
    let counts: Vec<usize> = stream::iter(&paths)
        .map(|p| async move { count_words(p).await })
        .buffered(2)
        .collect()
        .await;
    println!("{counts:?} for {} files", paths.len());
}
