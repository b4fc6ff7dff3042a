//! offending: s.next().await.unwrap()
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
    let ids = vec![4, 5];
    let mut s = Box::pin(stream::iter(ids).then(fetch_user));
    let first: User = s.next().await.unwrap();
    println!("{first:?}");
}
