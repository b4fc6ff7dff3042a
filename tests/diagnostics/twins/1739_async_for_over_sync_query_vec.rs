//! mistake: asyncpg's `async for row in conn.cursor(..)` habit kept for a database client whose `query` returns a `Vec`
//! offending: next
//! category: async
use futures::StreamExt;

struct Row {
    name: String,
}

struct Db;

impl Db {
    fn query(&self, _sql: &str) -> Vec<Row> {
        vec![Row { name: "ann".to_string() }, Row { name: "bob".to_string() }]
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let db = Db;
    let mut rows = db.query("select name from users");
    let mut names = Vec::new();
    while let Some(r) = rows.next().await {
        names.push(r.name);
    }
    println!("{names:?}");
}
