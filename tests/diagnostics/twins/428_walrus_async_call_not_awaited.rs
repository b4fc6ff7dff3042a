//! mistake: binds an async call without `.await`, then compares the future with an integer
//! offending: n > 1024
//! category: async
async fn content_length(url: &str) -> u64 {
    url.len() as u64 * 100
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example/big.iso", "https://b.example/x"];
    let mut big = Vec::new();
    for u in &urls {
        let n = content_length(u);
        if n > 1024 {
            big.push((u, n));
        }
    }
    println!("{big:?}");
}
