//! mistake: `unordered = true` (a keyword-argument habit) instead of the bare `unordered` option
//! offending: = true
//! category: syntax
use comprehensions::acomp;

async fn ping(host: &str) -> u32 {
    host.len() as u32
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["db1", "db2", "cache"];
    let rtts = acomp![ping(h).await for h in &hosts; concurrency = 8, unordered = true];
    println!("{rtts:?}");
}
