//! mistake: passed a `u32` config value as `concurrency = N`
//! offending: cfg.max_inflight
//! category: async
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

use futures::StreamExt;

struct Config {
    max_inflight: u32,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_inflight: 8 };
    let conns = vec![Conn { user_id: 1 }, Conn { user_id: 2 }];
    let sent: Vec<usize> = futures::stream::iter(&conns)
        .map(|c| async move { c.send("ping").await })
        .buffered(cfg.max_inflight)
        .collect()
        .await;
    println!("{sent:?}");
}
