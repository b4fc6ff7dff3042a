//! mistake: the first item of a lazy `?` stream unwrapped once into a `User`: the item is `Option<Result<User, _>>`
//! offending: s.next().await.unwrap()
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
    let ids = vec![4, 5];
    let mut s = acomp!((fetch_user(id).await? for id in ids));
    let first: User = s.next().await.unwrap();
    println!("{first:?}");
}
