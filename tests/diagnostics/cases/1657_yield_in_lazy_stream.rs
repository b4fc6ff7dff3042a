//! mistake: a Python async generator's `yield` kept in the element of the lazy `acomp!` that replaces it
//! offending: yield
//! category: python-habit
use comprehensions::acomp;
use futures::{Stream, StreamExt};
use std::time::Duration;

async fn lookup(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("job-{id}")
}

fn job_names(ids: Vec<u32>) -> impl Stream<Item = String> {
    acomp!(move (yield lookup(id).await for id in ids))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names: Vec<String> = job_names(vec![1, 2, 3]).collect().await;
    println!("{names:?}");
}
