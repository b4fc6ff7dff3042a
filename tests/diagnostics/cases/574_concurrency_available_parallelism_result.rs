//! mistake: crawler: `concurrency` given `std::thread::available_parallelism()` (an `io::Result<NonZeroUsize>`), from Python's `os.cpu_count()`
//! offending: std::thread::available_parallelism()
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/bb"];
    // Python: sem = asyncio.Semaphore(os.cpu_count())
    let sizes = acomp![fetch(u).await for u in &urls; concurrency = std::thread::available_parallelism()];
    println!("{sizes:?}");
}
