//! mistake: spawns a tokio task that runs an acomp! over a client shared through an Rc, which is not Send
//! offending: tokio::spawn
//! category: async
use std::rc::Rc;

use comprehensions::acomp;

struct Client {
    base: String,
}

impl Client {
    async fn get(&self, path: &str) -> String {
        format!("{}/{}", self.base, path)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = Rc::new(Client { base: "https://api.example.com".to_string() });
    let paths = vec!["users", "repos"];
    let task = tokio::spawn(async move { acomp![client.get(p).await for p in paths] });
    println!("{:?}", task.await.unwrap());
}
