//! mistake: iterated the paginating async generator with a plain `for` instead of `async for`
//! offending: paginate(3)
//! category: async
use comprehensions::acomp;
use futures::{Stream, StreamExt};
use std::time::Duration;

struct Page {
    number: u32,
    items: Vec<String>,
}

// An async generator of result pages (Python's `async def paginate(): ... yield page`).
fn paginate(last: u32) -> impl Stream<Item = Page> {
    futures::stream::iter(1..=last).then(|n| async move {
        tokio::time::sleep(Duration::from_millis(5)).await;
        Page { number: n, items: vec![format!("item-{n}-a"), format!("item-{n}-b")] }
    })
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let items = acomp![(page.number, item) for page in paginate(3) for item in page.items];
    println!("{items:?}");
}
