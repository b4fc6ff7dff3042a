//! mistake: an eager `acomp![..]` inside a plain `fn` request handler (Python's `await` outside `async def`)
//! offending: db.name(*id).await
//! category: async
use comprehensions::acomp;

struct Db;

impl Db {
    async fn name(&self, id: u32) -> String {
        format!("user{id}")
    }
}

fn handle_list(db: &Db, ids: &[u32]) -> Vec<String> {
    acomp![db.name(*id).await for id in ids]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", handle_list(&Db, &[1, 2]));
}
