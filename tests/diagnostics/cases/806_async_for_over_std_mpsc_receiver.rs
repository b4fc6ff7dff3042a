//! mistake: `async for` over a std::sync::mpsc::Receiver (a blocking iterator, not a Stream)
//! offending: rx
//! category: async
use comprehensions::acomp;
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
    let saved = acomp![store(x).await async for x in rx];
    println!("{saved:?}");
}
