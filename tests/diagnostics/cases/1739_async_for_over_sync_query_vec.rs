//! mistake: asyncpg's `async for row in conn.cursor(..)` habit kept for a database client whose `query` returns a `Vec`
//! offending: db.query("select name from users")
//! category: async
use comprehensions::acomp;

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
    let names = acomp![r.name async for r in db.query("select name from users")];
    println!("{names:?}");
}
