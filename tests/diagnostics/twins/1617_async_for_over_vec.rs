//! mistake: `async for` over a plain `Vec` of ids, as if an async comprehension needed it
//! offending: next
//! category: async
use futures::StreamExt;
use std::time::Duration;

#[derive(Debug)]
struct User {
    id: u32,
    name: String,
}

async fn load_user(id: u32) -> User {
    tokio::time::sleep(Duration::from_millis(5)).await;
    User { id, name: format!("user{id}") }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut ids: Vec<u32> = vec![3, 5, 8];
    let mut users = Vec::new();
    while let Some(id) = ids.next().await {
        users.push(load_user(id).await);
    }
    for u in &users {
        println!("{} {}", u.id, u.name);
    }
}
