//! mistake: element `fetch(u).await.trim()` under concurrency returns a `&str` into the awaited String, which each item drops
//! offending: fetch(u).await.trim()
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    format!("  <title>{url}</title>  \n")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    // Python: bodies = await asyncio.gather(*[fetch(u) for u in urls]); bodies = [b.strip() for b in bodies]
    let bodies = acomp![fetch(u).await.trim() for u in &urls; concurrency = 4];
    println!("{bodies:?}");
}
