//! mistake: passes a `u32` field, `concurrency = self.limit`, where the limit is a `usize`
//! offending: self.limit
//! category: async
use futures::stream::{self, StreamExt};

struct Crawler {
    urls: Vec<String>,
    limit: u32,
}

impl Crawler {
    async fn fetch(&self, url: &str) -> usize {
        url.len()
    }

    async fn sizes(&self) -> Vec<usize> {
        stream::iter(&self.urls).map(|u| self.fetch(u)).buffered(self.limit).collect().await
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let c = Crawler { urls: vec!["https://a.example".into()], limit: 4 };
    println!("{:?}", c.sizes().await);
}
