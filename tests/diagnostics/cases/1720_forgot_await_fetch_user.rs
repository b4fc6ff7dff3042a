//! mistake: the async database call in the element is not awaited (Python's `[await db.fetch_user(i) for i in ids]` without `await`)
//! offending: db.fetch_user(id)
//! category: async
use comprehensions::acomp;

#[derive(Debug)]
struct User {
    id: u32,
    name: String,
}

struct Db;

impl Db {
    async fn fetch_user(&self, id: u32) -> User {
        User { id, name: format!("user{id}") }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let db = Db;
    let ids = vec![3, 5, 8];
    let users: Vec<User> = acomp![db.fetch_user(id) for id in ids];
    println!("{users:?}");
}
