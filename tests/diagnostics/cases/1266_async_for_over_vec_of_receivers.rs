//! mistake: `async for` over a plain `Vec` of receivers (Python's `async for` on every level), where the outer level is a plain `for`
//! offending: receivers
//! category: async
use comprehensions::acomp;
use futures::channel::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut receivers = Vec::new();
    for worker in 0..3u32 {
        let (tx, rx) = mpsc::unbounded::<u32>();
        tx.unbounded_send(worker * 10).unwrap();
        receivers.push(rx);
    }
    let results = acomp![m async for rx in receivers async for m in rx];
    println!("{results:?}");
}
