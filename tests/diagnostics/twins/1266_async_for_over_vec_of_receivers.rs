//! mistake: `.next().await` on a plain `Vec` of receivers, as if it were a stream, where the outer level is a plain `for`
//! offending: next
//! category: async
use futures::channel::mpsc;
use futures::StreamExt;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut receivers = Vec::new();
    for worker in 0..3u32 {
        let (tx, rx) = mpsc::unbounded::<u32>();
        tx.unbounded_send(worker * 10).unwrap();
        receivers.push(rx);
    }
    let mut results = Vec::new();
    while let Some(mut rx) = receivers.next().await {
        while let Some(m) = rx.next().await {
            results.push(m);
        }
    }
    println!("{results:?}");
}
