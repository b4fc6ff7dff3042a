//! mistake: a nested `async for m in rx` where `rx` is a shared reference (`for rx in &receivers`), which cannot be polled
//! offending: in rx]
//! category: async
use comprehensions::acomp;
use futures::channel::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut receivers = Vec::new();
    for shard in 0..2u32 {
        let (tx, rx) = mpsc::unbounded::<u32>();
        tx.unbounded_send(shard).unwrap();
        receivers.push(rx);
    }
    let per_shard = acomp![[m async for m in rx] for rx in &receivers];
    println!("{per_shard:?}");
}
