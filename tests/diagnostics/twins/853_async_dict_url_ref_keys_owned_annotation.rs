//! mistake: keys an async dict by the `&String` loop variable of `&self.urls` where the method returns `HashMap<String, usize>`
//! offending: insert(u,
//! category: async
use std::collections::HashMap;

struct Client {
    urls: Vec<String>,
}

impl Client {
    async fn content_length(&self, url: &str) -> usize {
        url.len() * 100
    }

    async fn lengths(&self) -> HashMap<String, usize> {
        let mut out: HashMap<String, usize> = HashMap::new();
        for u in &self.urls {
            out.insert(u, self.content_length(u).await);
        }
        out
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let c = Client { urls: vec!["a".into(), "bb".into()] };
    println!("{:?}", c.lengths().await);
}
