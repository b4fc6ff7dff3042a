//! mistake: crawler: `.await` on the synchronous `parse_links(..)` (a `Vec<String>`), as if every call in an async crawler were a coroutine
//! offending: parse_links(&fetch(u).await).await
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    format!("<a href=\"{url}/next\">")
}

fn parse_links(body: &str) -> Vec<String> {
    body.split('"').skip(1).step_by(2).map(String::from).collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/b"];
    // Python: links = await asyncio.gather(*[crawl(u) for u in urls]) with a semaphore of 4
    let links = acomp![parse_links(&fetch(u).await).await for u in &urls; concurrency = 4];
    println!("{links:?}");
}
