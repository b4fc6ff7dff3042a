//! mistake: a `std::sync::Mutex` locked with `.lock().await`, as Python's `async with lock:` / tokio's async mutex
//! offending: .await
//! category: async
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Debug, Clone)]
struct User {
    id: u64,
    name: String,
}

#[derive(Debug)]
enum DbError {
    NotFound(u64),
}

async fn get_user(id: u64) -> Result<User, DbError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if id == 0 {
        return Err(DbError::NotFound(id));
    }
    Ok(User { id, name: format!("user{id}") })
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let state: Arc<Mutex<HashMap<u64, String>>> = Arc::new(Mutex::new(HashMap::new()));
    let ids = vec![1u64, 2];
    let mut cached: Vec<Option<String>> = Vec::new();
    for uid in ids.iter().copied() {
        cached.push(state.lock().await.get(&uid).cloned());
    }
    let fresh = get_user(3).await;
    println!("{cached:?} {fresh:?}");
}
