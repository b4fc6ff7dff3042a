//! mistake: fn returns Vec<String> but the unordered acomp's element is a &'static str
//! offending: region_of(id).await
//! category: async
use futures::{StreamExt, stream};

async fn region_of(id: u32) -> &'static str {
    if id < 100 { "eu-west" } else { "us-east" }
}

async fn regions(ids: Vec<u32>) -> Vec<String> {
    stream::iter(ids)
        .map(|id| async move { region_of(id).await })
        .buffer_unordered(3)
        .collect()
        .await
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", regions(vec![1, 200]).await);
}
