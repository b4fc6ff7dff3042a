//! mistake: Python's `asyncio.wait_for(fetch(u), timeout=5)` translated as `timeout(5, ..)` with seconds as an integer
//! offending: timeout(5, fetch(u))
//! category: async
use comprehensions::acomp;
use tokio::time::timeout;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    // Python: pages = [await asyncio.wait_for(fetch(u), timeout=5) for u in urls]
    let pages = acomp![timeout(5, fetch(u)).await.ok() for u in &urls];
    println!("{pages:?}");
}
