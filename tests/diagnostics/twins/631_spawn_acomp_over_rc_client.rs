//! mistake: spawns a tokio task that runs an acomp! over a client shared through an Rc, which is not Send
//! category: async
use std::rc::Rc;

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
    let task = tokio::spawn(async move {
        let mut out = Vec::new();
        for p in paths {
            out.push(client.get(p).await);
        }
        out
    });
    println!("{:?}", task.await.unwrap());
}
