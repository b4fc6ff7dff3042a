//! mistake: spelled the limit as the keyword argument of Python's gather helpers (`max_concurrency=8`) instead of `buffered(8)`
//! offending: max_concurrency
//! category: syntax
use futures::stream::{self, StreamExt};

struct Crawler {
    base: String,
}

impl Crawler {
    async fn get(&self, path: &str) -> usize {
        format!("{}/{}", self.base, path).len()
    }

    async fn sizes(&self, paths: &[&str]) -> Vec<usize> {
        stream::iter(paths)
            .map(|p| self.get(p))
            .buffered(max_concurrency = 8)
            .collect()
            .await
    }
}

fn main() {
    let c = Crawler { base: "https://example.com".to_string() };
    let sizes = futures::executor::block_on(c.sizes(&["a", "bb", "ccc"]));
    println!("{sizes:?}");
}
