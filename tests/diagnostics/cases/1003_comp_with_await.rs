//! mistake: `comp!` (sync) used inside an async fn with `.await` in the element, where `acomp!` is meant
//! offending: .await
//! category: async
use comprehensions::comp;
use std::collections::HashMap;
use std::time::Duration;

async fn load_quota(user: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    user.len() as u32 * 100
}

async fn quotas(users: &[&str]) -> HashMap<String, u32> {
    comp!({u.to_string(): load_quota(u).await for u in users if !u.is_empty()})
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", quotas(&["ann", "bo"]).await);
}
