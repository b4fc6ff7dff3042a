//! mistake: wrote `concurrency = None` for an unbounded gather (Python's `asyncio.gather` has no limit; `Semaphore(None)` habit)
//! offending: None
//! category: python-habit
use futures::StreamExt;

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run() {
    let urls = vec!["https://a.example", "https://b.example"];
    let sizes = futures::stream::iter(&urls).map(|u| fetch(u)).buffered(None).collect::<Vec<_>>().await;
    println!("{sizes:?}");
}

fn main() {
    futures::executor::block_on(run());
}
