//! mistake: `async for` over a std::sync::mpsc::Receiver (a blocking iterator, not a Stream)
use futures::StreamExt;
use std::sync::mpsc;

async fn store(x: u32) -> u32 {
    x * 2
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = mpsc::channel();
    for i in 0..3 {
        tx.send(i).unwrap();
    }
    drop(tx);
    let mut saved = Vec::new();
    let mut rx = rx;
    while let Some(x) = rx.next().await {
        saved.push(store(x).await);
    }
    println!("{saved:?}");
}
