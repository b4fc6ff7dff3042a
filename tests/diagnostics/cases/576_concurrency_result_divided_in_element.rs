//! mistake: crawler: the element divides `content_length(u).await`, a `Result<u64, String>`, by 1024 without unwrapping it
//! offending: content_length(u).await / 1024
//! category: async
use comprehensions::acomp;

async fn content_length(url: &str) -> Result<u64, String> {
    Ok(url.len() as u64 * 4096)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/bb"];
    // Python: kib = await asyncio.gather(*[size(u) for u in urls]); [s // 1024 for s in kib]
    let kib = acomp![content_length(u).await / 1024 for u in &urls; concurrency = 8];
    println!("{kib:?}");
}
