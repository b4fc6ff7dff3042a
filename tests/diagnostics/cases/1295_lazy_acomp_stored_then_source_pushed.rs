//! mistake: a lazy `acomp!((..))` over `&queue` is stored, then the queue is pushed to before the stream is consumed
//! offending: queue.push(99)
//! category: ownership
use comprehensions::acomp;
use futures::StreamExt;
use std::time::Duration;

async fn process(job: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    job + 1
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut queue = vec![1u32, 2, 3];
    let results = acomp!((process(*j).await for j in &queue));
    queue.push(99);
    let done: Vec<u32> = results.collect().await;
    println!("{done:?}");
}
