//! mistake: a lazy `acomp!` with `.await?` collected into `Vec<User>`: its items are Results (use try_collect)
//! offending: collect()
//! category: async
use comprehensions::acomp;
use futures::StreamExt;

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
    let users: Vec<User> = acomp!((fetch_user(id).await? for id in ids; concurrency = 2)).collect().await;
    println!("{users:?}");
}
