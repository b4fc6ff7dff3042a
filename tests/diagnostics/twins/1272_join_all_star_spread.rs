//! mistake: Python's `asyncio.gather(*[fetch(i) for i in ids])` spread written as a `*` dereference of the collected vector
//! offending: *ids.iter().map(|i| fetch(*i)).collect::<Vec<_>>()
//! category: python-habit
use futures::future::join_all;
use std::time::Duration;

async fn fetch(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("user-{id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![4, 8, 15];
    let users = join_all(*ids.iter().map(|i| fetch(*i)).collect::<Vec<_>>()).await;
    println!("{users:?}");
}
