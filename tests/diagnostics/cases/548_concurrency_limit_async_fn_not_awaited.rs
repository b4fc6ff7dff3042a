//! mistake: `concurrency = max_connections()` where the setting comes from an async fn, called without `.await`
//! offending: max_connections()
//! category: async
use comprehensions::acomp;

async fn max_connections() -> usize {
    4
}

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/bb", "/ccc"];
    // Python: sem = asyncio.Semaphore(await max_connections())
    let sizes = acomp![fetch(u).await for u in &urls; concurrency = max_connections()];
    println!("{sizes:?}");
}
