//! mistake: a `buffered(4)` stream used as a statement to "fire off" pings: it never runs (hand-written)
//! offending: futures::stream::iter(&hosts).map(|h| ping(h)).buffered(4);
use futures::StreamExt;

async fn ping(host: &str) -> bool {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    !host.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["a.org", "b.org"];
    futures::stream::iter(&hosts).map(|h| ping(h)).buffered(4);
    println!("pinged");
}
