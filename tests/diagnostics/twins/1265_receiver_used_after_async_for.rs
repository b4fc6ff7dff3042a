//! mistake: `rx.map(..)` moves the channel receiver into the stream chain, then the receiver is used again
//! offending: rx.close()
//! category: ownership
use futures::channel::mpsc;
use futures::StreamExt;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded::<String>();
    for line in ["get /", "post /login"] {
        tx.unbounded_send(line.to_string()).unwrap();
    }
    drop(tx);
    let lines: Vec<String> = rx.map(|l| l.to_uppercase()).collect().await;
    rx.close();
    println!("{lines:?}");
}
