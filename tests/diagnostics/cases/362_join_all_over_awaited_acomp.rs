//! mistake: `join_all(acomp![fetch(u).await ..])` (Python's `await asyncio.gather(*[...])`), over results already awaited
//! offending: join_all
//! category: async
use comprehensions::acomp;
use futures::future::join_all;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "bb.org"];
    let sizes = join_all(acomp![fetch(u).await for u in &urls]).await;
    println!("{sizes:?}");
}
