//! mistake: a shared `Arc<Mutex<..>>` log moved into the first spawned task's `async move` block instead of cloned per task
//! offending: async move
//! category: ownership
use comprehensions::acomp;
use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn work(job: u64) -> u64 {
    tokio::time::sleep(Duration::from_millis(5)).await;
    job * job
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let handles = acomp![
        tokio::spawn(async move {
            let r = work(job).await;
            log.lock().unwrap().push(r);
            r
        })
        for job in 0..4u64
    ];
    for h in handles {
        h.await.unwrap();
    }
}
