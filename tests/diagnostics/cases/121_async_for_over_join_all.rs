//! mistake: `async for` over `join_all(..)` (a future of a Vec, not a stream)
//! offending: join_all(futs)
//! category: async
use comprehensions::acomp;
use futures::future::join_all;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let futs = urls.iter().map(|u| fetch(u));
    let sizes = acomp![p.len() async for p in join_all(futs)];
    println!("{sizes:?}");
}
