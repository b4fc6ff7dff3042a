//! mistake: an async health check in an `if` without `.await` (hand-written)
async fn is_up(h: &str) -> bool {
    !h.starts_with("down")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["web1", "down2", "web3"];
    let mut up = Vec::new();
    for h in &hosts {
        if is_up(h) {
            up.push(h);
        }
    }
    println!("{up:?}");
}
