//! mistake: Python's `aiter(..)` builtin wrapped around the stream before `.next().await`
//! offending: aiter
//! category: python-habit
use futures::channel::mpsc;
use futures::StreamExt;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = mpsc::unbounded::<u32>();
    for job in [3, 1, 4] {
        tx.unbounded_send(job).unwrap();
    }
    drop(tx);
    let mut jobs = aiter(rx);
    let mut squares = Vec::new();
    while let Some(j) = jobs.next().await {
        squares.push(j * j);
    }
    println!("{squares:?}");
}
