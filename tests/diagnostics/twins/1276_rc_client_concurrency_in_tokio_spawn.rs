//! mistake: a buffered stream over an `Rc` client moved into `tokio::spawn`, which needs a `Send` future
//! offending: tokio::spawn
//! category: async
use futures::stream::{self, StreamExt};
use std::rc::Rc;
use std::time::Duration;

struct Client {
    base: String,
}

impl Client {
    async fn get(&self, path: &str) -> String {
        tokio::time::sleep(Duration::from_millis(1)).await;
        format!("{}{}", self.base, path)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = Rc::new(Client { base: "https://api.example".to_string() });
    let paths = vec!["/a", "/b", "/c"];
    let handle = tokio::spawn(async move {
        stream::iter(paths).map(|p| client.get(p)).buffered(2).collect::<Vec<String>>().await
    });
    println!("{:?}", handle.await.unwrap());
}
