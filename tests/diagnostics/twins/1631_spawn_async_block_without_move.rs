//! mistake: `tokio::spawn(async { .. })` per user without `move`, the block borrowing the loop variable
//! offending: async { notify(&u).await }
//! category: ownership
use std::time::Duration;

async fn notify(user: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(5)).await;
    !user.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let users = vec!["ann".to_string(), "bob".to_string()];
    let mut handles = Vec::new();
    for u in users {
        handles.push(tokio::spawn(async { notify(&u).await }));
    }
    for h in handles {
        println!("{}", h.await.unwrap());
    }
}
