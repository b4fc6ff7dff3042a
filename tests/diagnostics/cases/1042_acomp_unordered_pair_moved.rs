//! mistake: to match `unordered` results back to their URLs, the element pairs the result with `u` after `fetch(u)` has moved it
//! offending: u
//! category: async
use comprehensions::acomp;

async fn fetch(url: String) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string(), "https://bb.example".to_string()];
    let sizes = acomp![(fetch(u).await, u) for u in urls; concurrency = 4, unordered];
    for (n, u) in sizes {
        println!("{u}: {n}");
    }
}
