//! mistake: drains a channel in batches with `rx.take(10)` inside a loop; `take` consumes the receiver on the first batch (Python's queue is shared)
//! offending: rx
//! category: ownership
use comprehensions::acomp;
use futures::channel::mpsc;
use futures::StreamExt;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (mut tx, rx) = mpsc::channel::<u32>(64);
    for job in 0..35 {
        tx.try_send(job).unwrap();
    }
    drop(tx);
    loop {
        let batch = acomp![job * 2 async for job in rx.take(10)];
        if batch.is_empty() {
            break;
        }
        println!("batch of {}: {batch:?}", batch.len());
    }
}
