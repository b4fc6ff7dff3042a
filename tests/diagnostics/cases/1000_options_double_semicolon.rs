//! mistake: two options separated by a second `;` instead of a comma
//! offending: ; unordered
//! category: syntax
use comprehensions::acomp;
use std::time::Duration;

async fn probe(host: &str) -> (String, bool) {
    tokio::time::sleep(Duration::from_millis(5)).await;
    (host.to_string(), !host.is_empty())
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["db1", "db2", "cache"];
    let status = acomp![probe(h).await for h in &hosts; concurrency = 4; unordered];
    println!("{status:?}");
}
