//! mistake: `comp!` (synchronous) with an `.await` in a `let` clause, where `acomp!` is needed
//! offending: .await
//! category: async
use comprehensions::comp;
use std::time::Duration;

async fn count_rows(table: &str) -> u64 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    table.len() as u64
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let tables = vec!["users", "orders"];
    let sizes = comp![(t, n) for t in &tables let n = count_rows(t).await if n > 0];
    println!("{sizes:?}");
}
