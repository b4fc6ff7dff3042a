//! mistake: Python's `[await fetch_len(u) for u in self.urls]` with the `await` forgotten: the element is the future, not its `usize`
//! offending: fetch_len(u)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

struct Crawler {
    urls: Vec<String>,
}

async fn fetch_len(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    url.len()
}

impl Crawler {
    async fn sizes(&self) -> Vec<usize> {
        acomp![fetch_len(u) for u in &self.urls]
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let c = Crawler { urls: vec!["https://a.io".into(), "https://bb.io".into()] };
    println!("{:?}", c.sizes().await);
}
