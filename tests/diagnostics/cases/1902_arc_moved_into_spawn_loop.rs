//! mistake: moved the `Arc` client into each spawned task without cloning it (Python's `[asyncio.create_task(client.get(p)) for p in paths]`)
//! offending: async move { client.get(&p).await }
//! category: ownership
use comprehensions::comp;
use std::sync::Arc;

struct Client {
    base: String,
}

impl Client {
    async fn get(&self, path: &str) -> usize {
        self.base.len() + path.len()
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = Arc::new(Client { base: "http://api".into() });
    let paths = vec!["/a".to_string(), "/bb".to_string()];
    let handles = comp![tokio::spawn(async move { client.get(&p).await }) for p in paths];
    let results = futures::future::join_all(handles).await;
    println!("{results:?}");
}
