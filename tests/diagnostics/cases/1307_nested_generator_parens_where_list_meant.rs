//! mistake: the inner display written in parentheses (a lazy stream, Python's async generator) where a nested list is meant
//! offending: (fetch(c).await for c in row)
//! category: type
use comprehensions::acomp;
use std::time::Duration;

async fn fetch(cell: u32) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("c{cell}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let rows = vec![vec![1u32, 2], vec![3, 4]];
    let grid: Vec<Vec<String>> = acomp![(fetch(c).await for c in row) for row in rows];
    println!("{grid:?}");
}
