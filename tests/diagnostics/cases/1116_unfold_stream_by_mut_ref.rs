//! mistake: iterates an `unfold` stream (not `Unpin`) through `&mut` to use the rest later, without pinning it
//! offending: &mut pages
//! category: async
use comprehensions::acomp;
use futures::stream::{self, StreamExt};

async fn fetch_page(n: u32) -> Vec<u32> {
    (n * 10..n * 10 + 3).collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut pages = stream::unfold(0u32, |n| async move {
        if n < 5 { Some((fetch_page(n).await, n + 1)) } else { None }
    });
    let sizes: Vec<usize> = acomp![p.len() async for p in &mut pages if !p.is_empty()];
    let leftover = pages.count().await;
    println!("{sizes:?} {leftover}");
}
