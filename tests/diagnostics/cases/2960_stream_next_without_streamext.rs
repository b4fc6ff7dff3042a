//! mistake: pulled from a lazy `acomp!` fan-out stream with `.next()` without importing `StreamExt`
//! offending: next
//! category: async
use comprehensions::{acomp};
use std::time::Duration;

struct Conn {
    user_id: u64,
}

impl Conn {
    async fn send(&self, text: &str) -> usize {
        tokio::time::sleep(Duration::from_millis(1)).await;
        let _ = self.user_id;
        text.len()
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let conns = vec![Conn { user_id: 1 }, Conn { user_id: 2 }, Conn { user_id: 3 }];
    let mut acks = acomp!((c.send("typing...").await for c in &conns; concurrency = 2));
    while let Some(n) = acks.next().await {
        println!("ack {n}");
    }
}
