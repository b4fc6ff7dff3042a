//! mistake: writes JavaScript's `for await` inside the comprehension instead of `async for`
//! offending: for await
//! category: syntax
use comprehensions::acomp;
use futures::channel::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = mpsc::unbounded::<u32>();
    for n in [4, 9, 16] {
        tx.unbounded_send(n).unwrap();
    }
    drop(tx);
    let roots = acomp![(n as f64).sqrt() for await n in rx];
    println!("{roots:?}");
}
