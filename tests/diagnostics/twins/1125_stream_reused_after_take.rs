//! mistake: reads a header with `take(1)` and then iterates the same stream again, as a Python async generator resumes where it stopped
//! offending: events
//! category: python-habit
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = stream::iter(vec!["ts,kind", "1,click", "2,view", "3,click"]);
    let header: Vec<String> = events.take(1).map(|h| h.to_string()).collect().await;
    let clicks: Vec<&str> = events
        .filter(|e| futures::future::ready(e.ends_with("click")))
        .collect()
        .await;
    println!("{header:?} {clicks:?}");
}
