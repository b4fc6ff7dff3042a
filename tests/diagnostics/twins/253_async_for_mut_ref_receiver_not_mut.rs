//! mistake: `rx.next().await` on a receiver bound without `mut` (hand-written)
use futures::channel::mpsc;
use futures::StreamExt;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = mpsc::unbounded::<String>();
    tx.unbounded_send("GET /".into()).unwrap();
    tx.unbounded_send("POST /login".into()).unwrap();
    drop(tx);
    let mut posts = Vec::new();
    while let Some(m) = (&mut rx).next().await {
        if m.starts_with("POST") {
            posts.push(m);
        }
    }
    println!("{posts:?}");
}
