//! mistake: wrote `async for` over a plain `Vec` of followers, which is not a stream
//! offending: &followers
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn notify(follower: u64) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("sent to {follower}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let followers: Vec<u64> = vec![10, 20, 30];
    let log = acomp![notify(*f).await async for f in &followers];
    println!("{log:?}");
}
