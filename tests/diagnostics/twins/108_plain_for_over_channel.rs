//! mistake: a plain `for` over a `futures` channel receiver (a Stream) (hand-written)
//! offending: in rx {
use futures::channel::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = mpsc::unbounded::<u32>();
    for i in 0..3 {
        tx.unbounded_send(i).unwrap();
    }
    drop(tx);
    let mut doubled = Vec::new();
    for n in rx {
        doubled.push(n * 2);
    }
    println!("{doubled:?}");
}
