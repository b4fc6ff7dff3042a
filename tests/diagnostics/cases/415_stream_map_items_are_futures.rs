//! mistake: `stream.map(fetch)` yields futures, not pages (Rust: .then(fetch), or await in the element)
//! offending: page.len()
//! category: async
use comprehensions::acomp;
use futures::stream::{self, StreamExt};

async fn fetch(id: u32) -> String {
    format!("page {id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3];
    // Python: sizes = [len(page) async for page in pages(ids)]
    let sizes: Vec<usize> = acomp![page.len() async for page in stream::iter(ids).map(fetch)];
    println!("{:?}", sizes);
}
