//! offending: collect()
use futures::{stream, StreamExt};

#[derive(Debug)]
struct User(u32);
#[derive(Debug)]
struct ApiError;

async fn fetch_user(id: u32) -> Result<User, ApiError> {
    if id > 0 { Ok(User(id)) } else { Err(ApiError) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3];
    let users: Vec<User> = stream::iter(ids).map(fetch_user).buffered(2).collect().await;
    println!("{users:?}");
}
