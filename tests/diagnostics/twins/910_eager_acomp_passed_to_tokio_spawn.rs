//! mistake: an awaited `collect()` passed to `tokio::spawn` as if it were a future (it is the `Vec`)
//! offending: stream::iter(files).then(hash).collect::<Vec<u64>>().await
//! category: async
use futures::stream::{self, StreamExt};

async fn hash(name: String) -> u64 {
    name.len() as u64
}

async fn run(files: Vec<String>) -> Vec<u64> {
    let task = tokio::spawn(stream::iter(files).then(hash).collect::<Vec<u64>>().await);
    task.await.unwrap()
}

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
    println!("{:?}", rt.block_on(run(vec!["a".into()])));
}
