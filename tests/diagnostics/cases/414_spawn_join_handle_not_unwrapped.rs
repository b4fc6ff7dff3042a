//! mistake: awaiting tokio::spawn(..) gives Result<usize, JoinError>, pushed into a Vec<usize> without unwrapping
//! offending: tokio::spawn(crawl(u.clone())).await
//! category: async
use comprehensions::acomp;

async fn crawl(u: String) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string(), "https://bb.example".to_string()];
    // Python: sizes = [await asyncio.create_task(crawl(u)) for u in urls]
    let sizes: Vec<usize> = acomp![tokio::spawn(crawl(u.clone())).await for u in &urls];
    println!("{:?}", sizes);
}
