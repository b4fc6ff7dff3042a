//! mistake: a lazy async generator with `?` collected with `StreamExt::collect` into `Result<Vec<_>, _>`, as an iterator's collect allows
//! offending: collect()
//! category: try
use comprehensions::{acomp, StreamExt};

#[derive(Debug)]
struct DbError;

async fn load(id: u32) -> Result<String, DbError> {
    if id == 0 { Err(DbError) } else { Ok(format!("row {id}")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1u32, 2, 3];
    let rows: Result<Vec<String>, DbError> = acomp!((load(id).await? for id in ids)).collect().await;
    println!("{rows:?}");
}
