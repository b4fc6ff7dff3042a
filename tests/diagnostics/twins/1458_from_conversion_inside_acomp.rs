//! mistake: a `DbError` `?` inside the comprehension expected to convert to the handler's `ApiError` through `From`, as it would at a `?` of the handler's own
//! offending: stream::iter(ids).map(get_user).buffered(4).try_collect().await
//! category: try
use futures::{stream, StreamExt, TryStreamExt};
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

#[derive(Debug)]
enum ApiError {
    Db(DbError),
    BadRequest(String),
}

impl From<DbError> for ApiError {
    fn from(e: DbError) -> Self {
        ApiError::Db(e)
    }
}

async fn list_users(ids: Vec<u64>) -> Result<Vec<User>, ApiError> {
    if ids.is_empty() {
        return Err(ApiError::BadRequest("no ids".into()));
    }
    stream::iter(ids).map(get_user).buffered(4).try_collect().await
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", list_users(vec![1, 2]).await);
}
