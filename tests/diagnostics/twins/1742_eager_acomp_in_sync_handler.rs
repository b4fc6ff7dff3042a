//! mistake: an eager `acomp![..]` inside a plain `fn` request handler (Python's `await` outside `async def`)
//! offending: db.name(*id).await
//! category: async

struct Db;

impl Db {
    async fn name(&self, id: u32) -> String {
        format!("user{id}")
    }
}

fn handle_list(db: &Db, ids: &[u32]) -> Vec<String> {
    let mut out = Vec::new();
    for id in ids {
        out.push(db.name(*id).await);
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", handle_list(&Db, &[1, 2]));
}
