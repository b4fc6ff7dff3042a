//! mistake: writes `async for` for the inner loop too, over a page's `Vec` of items (only the pages come from a stream)
//! offending: page.items
//! category: async
use comprehensions::acomp;
use futures::stream::{self, Stream};

struct Page {
    items: Vec<u64>,
}

fn pages() -> impl Stream<Item = Page> {
    stream::iter(vec![Page { items: vec![1, 2] }, Page { items: vec![3] }])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = acomp![id async for page in pages() async for id in page.items];
    println!("{ids:?}");
}
