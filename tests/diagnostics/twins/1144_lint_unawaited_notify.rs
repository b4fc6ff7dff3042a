//! mistake: calls an async `notify(j)` for its effect without `.await` (Python's "coroutine was never awaited")
//! offending: notify(j);
//! category: lint
use futures::stream::{self, StreamExt};

async fn notify(job: u32) -> bool {
    job > 0
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let jobs = stream::iter(vec![3u32, 5, 8]);
    let done: Vec<u32> = jobs.map(|j| { notify(j); j * 2 }).collect().await;
    println!("{done:?}");
}
