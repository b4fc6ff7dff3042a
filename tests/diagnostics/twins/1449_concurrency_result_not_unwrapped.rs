//! mistake: the `Result` of each concurrent fetch collected as if it were the `User`
//! offending: get_user(uid).await
//! category: async
use futures::{stream, StreamExt};
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
    let ids = vec![1u64, 2, 3];
    let users: Vec<User> = stream::iter(ids.iter().copied()).map(|uid| async move { get_user(uid).await }).buffered(4).collect().await;
    println!("{users:?}");
}
