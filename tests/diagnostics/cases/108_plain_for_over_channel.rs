//! mistake: a plain `for` over a `futures` channel receiver (a Stream)
//! offending: in rx]
//! category: async
use comprehensions::acomp;
use futures::channel::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = mpsc::unbounded::<u32>();
    for i in 0..3 {
        tx.unbounded_send(i).unwrap();
    }
    drop(tx);
    let doubled = acomp![n * 2 for n in rx];
    println!("{doubled:?}");
}
