//! mistake: a `std::sync::MutexGuard` held across the fetch's `.await` (Python's `with lock:` habit), then the handler spawned
//! offending: warm_cache(state.clone(), vec![1, 2, 3])
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

async fn warm_cache(state: Arc<Mutex<HashMap<u64, String>>>, ids: Vec<u64>) -> Vec<bool> {
    let mut out = Vec::new();
    for uid in ids {
        let mut cache = state.lock().unwrap();
        let name = get_user(uid).await.map(|u| u.name).unwrap_or_default();
        out.push(cache.insert(uid, name).is_none());
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let state = Arc::new(Mutex::new(HashMap::new()));
    let handle = tokio::spawn(warm_cache(state.clone(), vec![1, 2, 3]));
    println!("{:?}", handle.await.unwrap());
}
