//! mistake: crawler: `?` on the `Option` returned by `first_link(..)` under `concurrency`, in a function returning `Result<_, String>`
//! offending: ?.to_string()
//! category: try
use comprehensions::acomp;

async fn fetch(url: &str) -> Result<String, String> {
    Ok(format!("href={url}/next"))
}

fn first_link(body: &str) -> Option<&str> {
    body.strip_prefix("href=")
}

async fn crawl(urls: &[&str]) -> Result<Vec<String>, String> {
    // Python: return await asyncio.gather(*[first_link(await fetch(u)) for u in urls])
    acomp![first_link(&fetch(u).await?)?.to_string() for u in urls; concurrency = 4]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", crawl(&["/a", "/b"]).await);
}
