//! mistake: a lazy `acomp!` with `.await?` returned as `impl Stream<Item = User>`: its items are Results
//! offending: fetch_user(id).await?
//! category: async
use comprehensions::acomp;
use futures::{Stream, StreamExt};

#[derive(Debug)]
struct User(u32);
#[derive(Debug)]
struct ApiError;

async fn fetch_user(id: u32) -> Result<User, ApiError> {
    if id > 0 { Ok(User(id)) } else { Err(ApiError) }
}

fn users(ids: Vec<u32>) -> impl Stream<Item = User> {
    acomp!(move (fetch_user(id).await? for id in ids))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let all: Vec<User> = users(vec![1, 2]).collect().await;
    println!("{all:?}");
}
