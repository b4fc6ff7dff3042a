//! mistake: the lazy `(..)` form (a Stream) in a struct field typed Vec<String> (use the list form [..])
//! offending: acomp!((fetch(u).await for u in &urls; concurrency = 3))
//! category: async
use comprehensions::acomp;

struct Crawl {
    pages: Vec<String>,
}

async fn fetch(u: &str) -> String {
    format!("<html>{u}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a".to_string(), "b".to_string()];
    // Python: Crawl(pages=await asyncio.gather(*(fetch(u) for u in urls)))
    let c = Crawl { pages: acomp!((fetch(u).await for u in &urls; concurrency = 3)) };
    println!("{}", c.pages.len());
}
