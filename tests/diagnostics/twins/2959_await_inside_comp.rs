//! mistake: awaited each connection's `send` inside a `comp!` instead of `acomp!`
//! offending: .await
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

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let conns = vec![Conn { user_id: 1 }, Conn { user_id: 2 }];
    let sent: Vec<usize> = conns.iter().map(|c| c.send("server going down").await).collect();
    println!("{sent:?}");
}
