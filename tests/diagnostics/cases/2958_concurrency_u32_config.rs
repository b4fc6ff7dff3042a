//! mistake: passed a `u32` config value as `concurrency = N`
//! offending: max_inflight
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

struct Config {
    max_inflight: u32,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_inflight: 8 };
    let conns = vec![Conn { user_id: 1 }, Conn { user_id: 2 }];
    let sent = acomp![c.send("ping").await for c in &conns; concurrency = cfg.max_inflight];
    println!("{sent:?}");
}
