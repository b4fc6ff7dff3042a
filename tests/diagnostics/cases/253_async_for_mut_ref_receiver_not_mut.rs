//! mistake: `async for msg in &mut rx` over a channel receiver bound without `mut`
//! offending: rx
//! category: ownership
use comprehensions::acomp;
use futures::channel::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = mpsc::unbounded::<String>();
    tx.unbounded_send("GET /".into()).unwrap();
    tx.unbounded_send("POST /login".into()).unwrap();
    drop(tx);
    let posts = acomp![m async for m in &mut rx if m.starts_with("POST")];
    println!("{posts:?}");
}
