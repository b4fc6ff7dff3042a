//! mistake: `.unwrap()` on a fetch whose custom `DbError` does not derive `Debug`
//! offending: unwrap
//! category: type
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug, Clone)]
struct User {
    id: u64,
    name: String,
}

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
    let ids = vec![1u64, 2];
    let names: Vec<String> = acomp![get_user(uid).await.unwrap().name for uid in ids];
    println!("{names:?}");
}
