//! mistake: used an eager `acomp!` with `.await` inside a plain (non-async) loader function
//! offending: fetch_row(*id).await
//! category: async
use std::time::Duration;

#[derive(Debug)]
struct Row {
    id: u32,
    payload: String,
}

async fn fetch_row(id: u32) -> Row {
    tokio::time::sleep(Duration::from_millis(1)).await;
    Row { id, payload: format!("row-{id}") }
}

fn load_all(ids: &[u32]) -> Vec<Row> {
    let mut rows = Vec::new();
    for id in ids {
        rows.push(fetch_row(*id).await);
    }
    rows
}

fn main() {
    let rows = load_all(&[3, 5, 8]);
    println!("{rows:?}");
}
