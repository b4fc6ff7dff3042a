//! mistake: a lazy `acomp!((..))` stream is counted for the pagination header, then collected again (a Python generator reused)
//! offending: rows
//! category: async
use comprehensions::acomp;
use futures::StreamExt;

#[derive(Debug)]
struct Row {
    id: u32,
}

async fn load(id: u32) -> Row {
    Row { id }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3];
    let rows = acomp!((load(id).await for id in ids));
    let total = rows.count().await;
    let page: Vec<Row> = rows.collect().await;
    println!("{total} {page:?}");
}
