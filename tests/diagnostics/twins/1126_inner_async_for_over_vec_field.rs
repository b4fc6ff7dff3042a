//! mistake: writes `async for` for the inner loop too, over a page's `Vec` of items (only the pages come from a stream)
//! offending: page.items
//! category: async
use futures::stream::{self, Stream, StreamExt};

struct Page {
    items: Vec<u64>,
}

fn pages() -> impl Stream<Item = Page> {
    stream::iter(vec![Page { items: vec![1, 2] }, Page { items: vec![3] }])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut ids = Vec::new();
    let mut ps = std::pin::pin!(pages());
    while let Some(page) = ps.next().await {
        let mut inner = page.items;
        while let Some(id) = inner.next().await {
            ids.push(id);
        }
    }
    println!("{ids:?}");
}
