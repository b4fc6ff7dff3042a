//! mistake: concurrent acomp annotated Vec<String> whose awaited fetch returns Result (no ? / unwrap)
//! offending: fetch(u).await
//! category: async
use comprehensions::acomp;

#[derive(Debug)]
struct FetchError;

async fn fetch(url: &str) -> Result<String, FetchError> {
    if url.is_empty() { Err(FetchError) } else { Ok(format!("<html>{url}</html>")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a", "b", "c"];
    // Python: bodies = await asyncio.gather(*[fetch(u) for u in urls])
    let bodies: Vec<String> = acomp![fetch(u).await for u in &urls; concurrency = 4];
    println!("{}", bodies.join("\n"));
}
