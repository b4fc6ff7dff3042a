//! mistake: read `row.email` from a DB cursor stream whose items are `Result<Row, DbError>` (Python's cursor raises instead of yielding errors)
//! offending: row.email
//! category: type
use futures::{stream, Stream, StreamExt};

struct Row {
    id: u32,
    email: String,
}

#[derive(Debug)]
struct DbError;

fn rows() -> impl Stream<Item = Result<Row, DbError>> {
    stream::iter(vec![Ok(Row { id: 1, email: "a@x.io".into() }), Err(DbError)])
}

async fn run() {
    let mut cursor = std::pin::pin!(rows());
    let mut emails = Vec::new();
    while let Some(row) = cursor.next().await {
        emails.push(row.email);
    }
    println!("{emails:?}");
}

fn main() {
    futures::executor::block_on(run());
}
