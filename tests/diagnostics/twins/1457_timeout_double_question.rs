//! mistake: `timeout(..).await??` in a handler returning `Result<_, DbError>`: the timeout's `Elapsed` error has no conversion to `DbError`
//! offending: .await??
//! category: try
use futures::{stream, StreamExt, TryStreamExt};
use tokio::time::timeout;
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

async fn fetch_all(ids: &[u64]) -> Result<Vec<User>, DbError> {
    stream::iter(ids)
        .map(|uid| async move { Ok::<User, DbError>(timeout(Duration::from_millis(200), get_user(*uid)).await??) })
        .buffered(4)
        .try_collect()
        .await
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", fetch_all(&[1, 2, 3]).await);
}
