//! mistake: awaiting inside the argument of `block_on(..)` in a sync `main` (hand-written)
//! offending: join_all(urls.iter().map(|u| fetch(u))).await
use futures::executor::block_on;
use futures::future::join_all;

async fn fetch(u: &str) -> usize {
    u.len()
}

fn main() {
    let urls = vec!["a.org", "bb.org"];
    let sizes: Vec<usize> = block_on(join_all(urls.iter().map(|u| fetch(u))).await);
    println!("{sizes:?}");
}
