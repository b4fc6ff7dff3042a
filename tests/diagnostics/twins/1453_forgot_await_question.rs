//! mistake: `?` applied to the fetch's future, the `.await` forgotten
//! offending: get_user(*uid)?
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

async fn names(ids: &[u64]) -> Result<Vec<String>, DbError> {
    let mut out = Vec::new();
    for uid in ids {
        out.push(get_user(*uid)?.name);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", names(&[1, 2]).await);
}
