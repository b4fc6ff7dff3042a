//! mistake: a lazy `acomp!` with `concurrency` used as a statement to "fire off" pings (Python's un-awaited `asyncio.gather(..)`): it never runs
//! offending: acomp!((ping(h).await for h in &hosts; concurrency = 4));
//! category: lint
use comprehensions::acomp;

async fn ping(host: &str) -> bool {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    !host.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["a.org", "b.org"];
    acomp!((ping(h).await for h in &hosts; concurrency = 4));
    println!("pinged");
}
