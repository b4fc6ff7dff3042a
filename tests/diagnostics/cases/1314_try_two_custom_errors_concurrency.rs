//! mistake: two different user error types (`DbError`, `HttpError`) behind `?` in one concurrent comprehension, with no common error type
//! offending: post(&row).await?
//! category: try
use comprehensions::acomp;

#[derive(Debug)]
struct DbError(String);
#[derive(Debug)]
struct HttpError(u16);

async fn query(id: u32) -> Result<String, DbError> {
    if id == 0 { Err(DbError("no row".into())) } else { Ok(format!("row{id}")) }
}

async fn post(row: &str) -> Result<u16, HttpError> {
    if row.is_empty() { Err(HttpError(400)) } else { Ok(201) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1u32, 2, 3];
    let statuses = acomp![post(&row).await? for id in ids let row = query(id).await?; concurrency = 2];
    println!("{statuses:?}");
}
