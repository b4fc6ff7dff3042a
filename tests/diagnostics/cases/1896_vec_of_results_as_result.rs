//! mistake: returned the list of `Result`s where the fn returns `Result<Vec<_>, _>`, forgetting the `?` (Python: exceptions propagate without a marker)
//! offending: acomp![db_get(*id).await for id in ids]
//! category: try
use comprehensions::acomp;

#[derive(Debug)]
struct DbError;

async fn db_get(id: u32) -> Result<String, DbError> {
    if id == 0 { Err(DbError) } else { Ok(format!("row {id}")) }
}

async fn load_all(ids: &[u32]) -> Result<Vec<String>, DbError> {
    acomp![db_get(*id).await for id in ids]
}

fn main() {
    println!("{:?}", futures::executor::block_on(load_all(&[1, 2])));
}
