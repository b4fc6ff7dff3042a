//! mistake: the `Result<Vec<User>, _>` of an awaited query iterated as if it were the rows (the `?` forgotten)
//! offending: name
//! category: async
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

async fn load_users() -> Result<Vec<User>, DbError> {
    let mut out = Vec::new();
    for id in 1..=3 {
        out.push(get_user(id).await?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut names: Vec<String> = Vec::new();
    for u in load_users().await {
        names.push(u.name.clone());
    }
    println!("{names:?}");
}
