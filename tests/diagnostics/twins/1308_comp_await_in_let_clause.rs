//! mistake: `.await` inside a synchronous `filter_map` closure
//! offending: .await
//! category: async
use std::time::Duration;

async fn count_rows(table: &str) -> u64 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    table.len() as u64
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let tables = vec!["users", "orders"];
    let sizes: Vec<(&&str, u64)> = tables
        .iter()
        .filter_map(|t| { let n = count_rows(t).await; if n > 0 { Some((t, n)) } else { None } })
        .collect();
    println!("{sizes:?}");
}
