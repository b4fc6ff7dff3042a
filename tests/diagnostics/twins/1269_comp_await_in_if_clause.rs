//! mistake: `.await` inside a synchronous `filter` closure
//! offending: .await
//! category: async
use std::time::Duration;

async fn is_alive(host: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(1)).await;
    !host.starts_with("dead")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["a.example", "dead.example", "b.example"];
    let alive: Vec<&&str> = hosts.iter().filter(|h| is_alive(h).await).collect();
    println!("{alive:?}");
}
