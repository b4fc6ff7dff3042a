//! mistake: iterated a lazy concurrent `acomp!((..))` stream with a plain `for` loop
//! offending: acomp!((probe(h).await for h in &hosts; concurrency = 8))
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn probe(host: &str) -> (String, bool) {
    tokio::time::sleep(Duration::from_millis(15)).await;
    (host.to_string(), !host.contains("stale"))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["cache01", "cache02", "cache-stale"];
    for (host, ok) in acomp!((probe(h).await for h in &hosts; concurrency = 8)) {
        println!("{host}: {}", if ok { "ok" } else { "FAIL" });
    }
}
