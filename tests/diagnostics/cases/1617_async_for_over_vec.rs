//! mistake: `async for` over a plain `Vec` of ids, as if an async comprehension needed it
//! offending: ids
//! category: async
use comprehensions::acomp;
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
    let ids: Vec<u32> = vec![3, 5, 8];
    let users = acomp![load_user(id).await async for id in ids];
    for u in &users {
        println!("{} {}", u.id, u.name);
    }
}
