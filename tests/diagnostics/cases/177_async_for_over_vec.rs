//! mistake: `async for` over a plain `Vec` of URLs (everything in an async fn "must be async for")
//! offending: urls
//! category: async
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let sizes = acomp![fetch(u).await async for u in urls];
    println!("{sizes:?}");
}
