//! mistake: wrote an eager `acomp!` in a plain `fn` (Python: an `await` inside a `def` instead of an `async def`)
//! offending: ping(h).await
//! category: async
use std::time::Duration;

async fn ping(host: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(5)).await;
    !host.is_empty()
}

fn check_all(hosts: &[String]) -> Vec<bool> {
    let mut out = Vec::new();
    for h in hosts {
        out.push(ping(h).await);
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["db".to_string(), "cache".to_string()];
    println!("{:?}", check_all(&hosts));
}
