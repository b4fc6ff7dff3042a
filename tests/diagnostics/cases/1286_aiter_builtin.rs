//! mistake: Python's `aiter(..)` builtin wrapped around the stream in `async for`
//! offending: aiter
//! category: python-habit
use comprehensions::acomp;
use futures::channel::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = mpsc::unbounded::<u32>();
    for job in [3, 1, 4] {
        tx.unbounded_send(job).unwrap();
    }
    drop(tx);
    let squares = acomp![j * j async for j in aiter(rx)];
    println!("{squares:?}");
}
