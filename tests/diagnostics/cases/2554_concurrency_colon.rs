//! mistake: wrote the option as `concurrency: 8` (a struct field) instead of `concurrency = 8`
//! offending: concurrency: 8
//! category: syntax
use comprehensions::acomp;
use std::time::Duration;

async fn abuse_score(ip: &str) -> u8 {
    tokio::time::sleep(Duration::from_millis(3)).await;
    if ip.starts_with("185.") { 97 } else { 0 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ips = vec!["185.220.101.4", "10.0.0.2", "8.8.4.4"];
    let scores = acomp![(ip, abuse_score(ip).await) for ip in &ips; concurrency: 8];
    println!("{scores:?}");
}
