//! mistake: `&u64` loop variable from `&ids` passed to `get_user(id: u64)` in a concurrent fetch
//! offending: uid
//! category: async
use comprehensions::acomp;
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
    let ids = vec![1u64, 0, 3];
    let results: Vec<Result<User, DbError>> = acomp![get_user(uid).await for uid in &ids; concurrency = 8];
    for r in results {
        match r {
            Ok(u) => println!("{} {}", u.id, u.name),
            Err(e) => println!("error: {e:?}"),
        }
    }
}
