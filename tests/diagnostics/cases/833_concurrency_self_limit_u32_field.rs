//! mistake: passes a `u32` field, `concurrency = self.limit`, where the limit is a `usize`
//! offending: self.limit
//! category: async
use comprehensions::acomp;

struct Crawler {
    urls: Vec<String>,
    limit: u32,
}

impl Crawler {
    async fn fetch(&self, url: &str) -> usize {
        url.len()
    }

    async fn sizes(&self) -> Vec<usize> {
        acomp![self.fetch(u).await for u in &self.urls; concurrency = self.limit]
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let c = Crawler { urls: vec!["https://a.example".into()], limit: 4 };
    println!("{:?}", c.sizes().await);
}
