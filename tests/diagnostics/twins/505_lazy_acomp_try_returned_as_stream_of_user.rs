//! offending: then(fetch_user)
use futures::{stream, Stream, StreamExt};

#[derive(Debug)]
struct User(u32);
#[derive(Debug)]
struct ApiError;

async fn fetch_user(id: u32) -> Result<User, ApiError> {
    if id > 0 { Ok(User(id)) } else { Err(ApiError) }
}

fn users(ids: Vec<u32>) -> impl Stream<Item = User> {
    stream::iter(ids).then(fetch_user)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let all: Vec<User> = users(vec![1, 2]).collect().await;
    println!("{all:?}");
}
