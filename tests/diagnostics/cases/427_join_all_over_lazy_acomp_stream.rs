//! mistake: `join_all(acomp!((fetch(u) for u in ..)))`: join_all takes an iterator of futures, not a stream (a generator of futures is `comp!`)
//! offending: acomp!((fetch(u) for u in &urls))
//! category: async
use comprehensions::acomp;
use futures::future::join_all;

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string(), "https://bb.example".to_string()];
    // Python: sizes = await asyncio.gather(*(fetch(u) for u in urls))
    let sizes: Vec<usize> = join_all(acomp!((fetch(u) for u in &urls))).await;
    println!("{sizes:?}");
}
