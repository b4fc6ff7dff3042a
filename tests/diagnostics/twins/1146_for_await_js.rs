//! mistake: writes JavaScript's `for await` inside the comprehension instead of `async for`
//! offending: for await
//! category: syntax
use futures::channel::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = mpsc::unbounded::<u32>();
    for n in [4, 9, 16] {
        tx.unbounded_send(n).unwrap();
    }
    drop(tx);
    let mut roots = Vec::new();
    for await n in rx {
        roots.push((n as f64).sqrt());
    }
    println!("{roots:?}");
}
