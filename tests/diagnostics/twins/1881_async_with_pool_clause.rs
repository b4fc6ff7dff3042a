//! mistake: wrote Python's `async with pool.acquire() as conn` as a clause of the comprehension
//! offending: async with
//! category: python-habit
struct Pool;
struct Conn;

impl Pool {
    async fn acquire(&self) -> Conn {
        Conn
    }
}

impl Conn {
    async fn query(&self, q: &str) -> usize {
        q.len()
    }
}

async fn run() {
    let pool = Pool;
    let queries = vec!["select 1", "select 22"];
    let mut rows = Vec::new();
    for q in &queries {
        async with pool.acquire() as conn {
            rows.push(conn.query(q).await);
        }
    }
    println!("{rows:?}");
}

fn main() {
    futures::executor::block_on(run());
}
