//! mistake: `comp!` (synchronous) with an `.await` in its `if` clause, where `acomp!` is needed
//! offending: .await
//! category: async
use comprehensions::comp;
use std::time::Duration;

async fn is_alive(host: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(1)).await;
    !host.starts_with("dead")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["a.example", "dead.example", "b.example"];
    let alive = comp![h for h in &hosts if is_alive(h).await];
    println!("{alive:?}");
}
