//! mistake: spelled the limit as the keyword argument of Python's gather helpers (`max_concurrency=8`) instead of `concurrency = 8`
//! offending: max_concurrency
//! category: syntax
use comprehensions::acomp;

struct Crawler {
    base: String,
}

impl Crawler {
    async fn get(&self, path: &str) -> usize {
        format!("{}/{}", self.base, path).len()
    }

    async fn sizes(&self, paths: &[&str]) -> Vec<usize> {
        acomp![self.get(p).await for p in paths; max_concurrency = 8]
    }
}

fn main() {
    let c = Crawler { base: "https://example.com".to_string() };
    let sizes = futures::executor::block_on(c.sizes(&["a", "bb", "ccc"]));
    println!("{sizes:?}");
}
