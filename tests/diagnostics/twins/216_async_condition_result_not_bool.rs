//! mistake: an `if` on an async health check that returns `Result<bool, _>` (hand-written)
async fn is_alive(host: &str) -> Result<bool, String> {
    Ok(!host.is_empty())
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["db1", ""];
    let mut up = Vec::new();
    for h in &hosts {
        if is_alive(h).await {
            up.push(h);
        }
    }
    println!("{up:?}");
}
