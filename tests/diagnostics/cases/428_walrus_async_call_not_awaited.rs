//! mistake: walrus binds an async call without `.await`, then compares the future with an integer
//! offending: (n := content_length(u)) > 1024
//! category: async
use comprehensions::acomp;

async fn content_length(url: &str) -> u64 {
    url.len() as u64 * 100
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example/big.iso", "https://b.example/x"];
    // Python: big = [(u, n) for u in urls if (n := await content_length(u)) > 1024]
    let big = acomp![(u, n) for u in &urls if (n := content_length(u)) > 1024];
    println!("{big:?}");
}
