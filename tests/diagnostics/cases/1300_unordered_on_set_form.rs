//! mistake: `unordered` on a set comprehension (a set has no order to give up; the option applies to lists and lazy forms)
//! offending: unordered
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn resolve(host: &str) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("10.0.0.{}", host.len())
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["db", "api", "web"];
    let addrs = acomp!({resolve(h).await for h in &hosts}; concurrency = 3, unordered);
    println!("{addrs:?}");
}
