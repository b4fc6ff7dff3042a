//! mistake: wrote `async for` over a plain `Vec` of followers, which is not a stream
//! offending: then
//! category: async
use futures::StreamExt;
use std::time::Duration;

async fn notify(follower: u64) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("sent to {follower}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let followers: Vec<u64> = vec![10, 20, 30];
    let log: Vec<String> = followers.iter().then(|f| notify(*f)).collect().await;
    println!("{log:?}");
}
