//! mistake: a concurrent `acomp!` over an `Rc` client moved into `tokio::spawn`, which needs a `Send` future
//! offending: tokio::spawn
//! category: async
use comprehensions::acomp;
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
        acomp![client.get(p).await for p in paths; concurrency = 2]
    });
    println!("{:?}", handle.await.unwrap());
}
