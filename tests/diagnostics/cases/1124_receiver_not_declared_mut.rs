//! mistake: reads part of a channel through `&mut rx` but declared the receiver without `mut`
//! offending: &mut rx
//! category: ownership
use comprehensions::acomp;
use futures::channel::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (mut tx, rx) = mpsc::unbounded::<String>();
    for name in ["a.txt", "b.txt", "c.txt"] {
        tx.unbounded_send(name.to_string()).unwrap();
    }
    drop(tx);
    let sizes = acomp![name.len() async for name in &mut rx];
    println!("{sizes:?}");
}
