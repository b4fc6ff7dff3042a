//! mistake: `rx.next().await` where `rx` is a shared reference (`for rx in &receivers`), which cannot be polled
//! offending: rx.next()
//! category: async
use futures::channel::mpsc;
use futures::StreamExt;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut receivers = Vec::new();
    for shard in 0..2u32 {
        let (tx, rx) = mpsc::unbounded::<u32>();
        tx.unbounded_send(shard).unwrap();
        receivers.push(rx);
    }
    let mut per_shard = Vec::new();
    for rx in &receivers {
        let mut msgs = Vec::new();
        while let Some(m) = rx.next().await {
            msgs.push(m);
        }
        per_shard.push(msgs);
    }
    println!("{per_shard:?}");
}
