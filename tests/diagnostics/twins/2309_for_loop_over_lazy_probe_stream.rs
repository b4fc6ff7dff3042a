//! mistake: iterated a lazy concurrent `acomp!((..))` stream with a plain `for` loop
//! offending: stream::iter(&hosts).map(|h| probe(h)).buffered(8)
//! category: async
use futures::{stream, StreamExt};
use std::time::Duration;

async fn probe(host: &str) -> (String, bool) {
    tokio::time::sleep(Duration::from_millis(15)).await;
    (host.to_string(), !host.contains("stale"))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["cache01", "cache02", "cache-stale"];
    for (host, ok) in stream::iter(&hosts).map(|h| probe(h)).buffered(8) {
        println!("{host}: {}", if ok { "ok" } else { "FAIL" });
    }
}
