//! mistake: put `; concurrency = 8` on a sync `comp!` building the futures for a gather (Python's `asyncio.gather(*[fetch(u) for u in urls])`)
//! offending: concurrency = 8
//! category: async
use comprehensions::comp;

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run() {
    let urls = vec!["https://a.example", "https://b.example"];
    let futs = comp![fetch(u) for u in &urls; concurrency = 8];
    let sizes = futures::future::join_all(futs).await;
    println!("{sizes:?}");
}

fn main() {
    futures::executor::block_on(run());
}
