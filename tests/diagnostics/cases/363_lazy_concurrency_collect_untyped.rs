//! mistake: `.collect().await` on a lazy `concurrency` stream with nothing telling `collect` which collection
//! offending: collect()
//! category: async
use comprehensions::acomp;
use futures::StreamExt;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "bb.org", "ccc.org"];
    let sizes = acomp!((fetch(u).await for u in &urls); concurrency = 2).collect().await;
    println!("{sizes:?}");
}
