//! mistake: runs an async comprehension over `&urls` inside `tokio::spawn(async { .. })`, whose task must be `'static`, as if `asyncio.create_task` could share the list
//! offending: async {
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn fetch(u: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a".to_string(), "bb".to_string()];
    let handle = tokio::spawn(async { acomp![fetch(u).await for u in &urls] });
    println!("{:?}", handle.await.unwrap());
}
