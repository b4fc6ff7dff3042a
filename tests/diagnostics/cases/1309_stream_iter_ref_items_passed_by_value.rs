//! mistake: `async for id in stream::iter(&ids)` yields `&u32`, passed to a function taking `u32`
//! offending: id
//! category: type
use comprehensions::acomp;
use futures::stream;
use std::time::Duration;

async fn load(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("obj-{id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![10u32, 20];
    let objs = acomp![load(id).await async for id in stream::iter(&ids)];
    println!("{objs:?} of {}", ids.len());
}
