//! mistake: asyncio.gather's return_exceptions=True carried over as a comprehension option
//! offending: return_exceptions
//! category: async
use comprehensions::acomp;

async fn fetch(u: &str) -> Result<usize, String> {
    if u.is_empty() { Err("empty".into()) } else { Ok(u.len()) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com", "", "bb.org"];
    let results = acomp![fetch(u).await for u in &urls; concurrency = 4, return_exceptions = true];
    println!("{results:?}");
}
