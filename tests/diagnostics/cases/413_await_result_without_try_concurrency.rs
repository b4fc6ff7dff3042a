//! mistake: forgot `?` after `fetch(u).await` (a Result) in a concurrent acomp annotated Vec<String>
//! offending: fetch(u).await
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> Result<String, String> {
    if url.starts_with("https://") {
        Ok(format!("<html>{url}</html>"))
    } else {
        Err(format!("bad url {url}"))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), String> {
    let urls = vec!["https://a.example".to_string(), "https://b.example".to_string()];
    // Python: pages = await asyncio.gather(*[fetch(u) for u in urls])  # order not needed
    let pages: Vec<String> = acomp![fetch(u).await for u in &urls; concurrency = 4, unordered];
    println!("{}", pages.len());
    Ok(())
}
