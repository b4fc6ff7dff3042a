//! mistake: `join_all(..)` over results already awaited in a loop (hand-written)
use futures::future::join_all;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "bb.org"];
    let mut fetched = Vec::new();
    for u in &urls {
        fetched.push(fetch(u).await);
    }
    let sizes = join_all(fetched).await;
    println!("{sizes:?}");
}
