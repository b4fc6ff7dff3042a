//! mistake: returned the list of `Result`s where the fn returns `Result<Vec<_>, _>`, forgetting the `?` (Python: exceptions propagate without a marker)
//! offending: futures::future::join_all(ids.iter().map(|id| db_get(*id))).await
//! category: try
#[derive(Debug)]
struct DbError;

async fn db_get(id: u32) -> Result<String, DbError> {
    if id == 0 { Err(DbError) } else { Ok(format!("row {id}")) }
}

async fn load_all(ids: &[u32]) -> Result<Vec<String>, DbError> {
    futures::future::join_all(ids.iter().map(|id| db_get(*id))).await
}

fn main() {
    println!("{:?}", futures::executor::block_on(load_all(&[1, 2])));
}
