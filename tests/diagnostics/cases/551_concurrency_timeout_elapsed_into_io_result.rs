//! mistake: `timeout(..).await?` in a `concurrency` acomp returned as `io::Result<..>`, expecting `?` to convert tokio's `Elapsed` into `io::Error` as it does in a function body
//! offending: ?
//! category: try
use comprehensions::acomp;
use std::time::Duration;
use tokio::time::timeout;

async fn fetch(url: &str) -> String {
    format!("<html>{url}</html>")
}

async fn fetch_all(urls: &[&str]) -> std::io::Result<Vec<String>> {
    // Python: await asyncio.gather(*[asyncio.wait_for(fetch(u), 5) for u in urls])
    acomp![timeout(Duration::from_secs(5), fetch(u)).await? for u in urls; concurrency = 4]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", fetch_all(&["/a", "/b"]).await);
}
