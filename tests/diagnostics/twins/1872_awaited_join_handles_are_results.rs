//! mistake: awaited spawned task handles expecting their values (Python's `[await t for t in tasks]` returns the results, tokio's handles give `Result<_, JoinError>`)
//! offending: h.await
//! category: async
async fn crawl(url: String) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string(), "https://b.example".to_string()];
    let handles: Vec<_> = urls.into_iter().map(|u| tokio::spawn(crawl(u))).collect();
    let mut sizes: Vec<usize> = Vec::new();
    for h in handles {
        sizes.push(h.await);
    }
    println!("{sizes:?}");
}
