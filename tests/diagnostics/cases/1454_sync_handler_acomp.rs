//! mistake: an eager `acomp!` that awaits, in a handler declared `fn` instead of `async fn` (awaited in place: the `.await` rustc rejects is the call's, not the user's inside it)
//! offending: acomp![get_user(*uid).await.map(|u| u.name).unwrap_or_default() for uid in ids]
//! category: async
use comprehensions::acomp;
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

fn user_names(ids: &[u64]) -> Vec<String> {
    acomp![get_user(*uid).await.map(|u| u.name).unwrap_or_default() for uid in ids]
}

fn main() {
    println!("{:?}", user_names(&[1, 2]));
}
