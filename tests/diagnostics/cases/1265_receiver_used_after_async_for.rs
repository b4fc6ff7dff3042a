//! mistake: `async for l in rx` moves the channel receiver into the comprehension, then the receiver is used again
//! offending: rx.close()
//! category: ownership
use comprehensions::acomp;
use futures::channel::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded::<String>();
    for line in ["get /", "post /login"] {
        tx.unbounded_send(line.to_string()).unwrap();
    }
    drop(tx);
    let lines = acomp![l.to_uppercase() async for l in rx];
    rx.close();
    println!("{lines:?}");
}
