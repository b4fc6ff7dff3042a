//! mistake: reads part of a channel through `&mut rx` but declared the receiver without `mut`
//! offending: &mut rx
//! category: ownership
use futures::channel::mpsc;
use futures::StreamExt;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (mut tx, rx) = mpsc::unbounded::<String>();
    for name in ["a.txt", "b.txt", "c.txt"] {
        tx.unbounded_send(name.to_string()).unwrap();
    }
    drop(tx);
    let sizes: Vec<usize> = (&mut rx).map(|name| name.len()).collect().await;
    println!("{sizes:?}");
}
