//! mistake: `stream::iter(&ids).next().await` yields `&u32`, passed to a function taking `u32`
//! offending: id
//! category: type
use futures::stream;
use futures::StreamExt;
use std::time::Duration;

async fn load(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("obj-{id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![10u32, 20];
    let mut s = stream::iter(&ids);
    let mut objs = Vec::new();
    while let Some(id) = s.next().await {
        objs.push(load(id).await);
    }
    println!("{objs:?} of {}", ids.len());
}
