//! mistake: adds `return_exceptions = true` to the options, as in `asyncio.gather(*coros, return_exceptions=True)`, to keep failures
//! offending: return_exceptions
//! category: python-habit
use comprehensions::acomp;

async fn fetch(url: &str) -> Result<String, String> {
    if url.ends_with(".com") { Ok(url.to_uppercase()) } else { Err(format!("bad host {url}")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com", "b.org"];
    let results = acomp![fetch(u).await for u in &urls; concurrency = 4, return_exceptions = true];
    println!("{results:?}");
}
