//! mistake: awaited the delivery inside `comp!` (Python's list comprehension awaits) instead of `acomp!`
//! offending: .await
//! category: async
use comprehensions::comp;
use std::time::Duration;

async fn deliver(follower: u64, post_id: u64) -> bool {
    tokio::time::sleep(Duration::from_millis(1)).await;
    follower % 7 != 0 || post_id == 0
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let followers: Vec<u64> = vec![1, 7, 9, 14];
    let post_id = 42;
    let delivered = comp![deliver(*f, post_id).await for f in &followers];
    println!("{delivered:?}");
}
