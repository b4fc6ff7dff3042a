//! mistake: a `timeout(..).await` element (a `Result<String, Elapsed>`) collected into a `Vec<String>` (Python's `wait_for` raises instead)
//! offending: timeout(Duration::from_secs(5), fetch(u)).await
//! category: async
use comprehensions::acomp;
use std::time::Duration;
use tokio::time::timeout;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    // Python: pages = [await asyncio.wait_for(fetch(u), 5) for u in urls]
    let pages: Vec<String> = acomp![timeout(Duration::from_secs(5), fetch(u)).await for u in &urls];
    println!("{pages:?}");
}
