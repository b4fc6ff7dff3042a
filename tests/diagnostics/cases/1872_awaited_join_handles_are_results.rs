//! mistake: awaited spawned task handles expecting their values (Python's `[await t for t in tasks]` returns the results, tokio's handles give `Result<_, JoinError>`)
//! offending: h.await
//! category: async
use comprehensions::acomp;

async fn crawl(url: String) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string(), "https://b.example".to_string()];
    let handles: Vec<_> = urls.into_iter().map(|u| tokio::spawn(crawl(u))).collect();
    let sizes: Vec<usize> = acomp![h.await for h in handles];
    println!("{sizes:?}");
}
