//! mistake: a loop over `&urls` inside `tokio::spawn(async { .. })`, whose task must be `'static`
//! offending: async {
//! category: async
use std::time::Duration;

async fn fetch(u: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a".to_string(), "bb".to_string()];
    let handle = tokio::spawn(async {
        let mut out = Vec::new();
        for u in &urls {
            out.push(fetch(u).await);
        }
        out
    });
    println!("{:?}", handle.await.unwrap());
}
