//! mistake: used an eager `acomp!` with `.await` inside a plain (non-async) loader function
//! offending: fetch_row(*id).await
//! category: async
use comprehensions::acomp;
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
    // Python: def load_all(ids): return [await fetch_row(i) for i in ids]
    acomp![fetch_row(*id).await for id in ids]
}

fn main() {
    let rows = load_all(&[3, 5, 8]);
    println!("{rows:?}");
}
