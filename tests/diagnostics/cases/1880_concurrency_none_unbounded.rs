//! mistake: wrote `concurrency = None` for an unbounded gather (Python's `asyncio.gather` has no limit; `Semaphore(None)` habit)
//! offending: None
//! category: python-habit
use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run() {
    let urls = vec!["https://a.example", "https://b.example"];
    let sizes = acomp![fetch(u).await for u in &urls; concurrency = None];
    println!("{sizes:?}");
}

fn main() {
    futures::executor::block_on(run());
}
