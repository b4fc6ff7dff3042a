//! mistake: `spawn(self.client)` names a field where `spawn(..)` takes local variable names
//! offending: self.client
//! category: syntax
use comprehensions::acomp;
use std::sync::Arc;

struct Client {
    base: String,
}

impl Client {
    async fn get(&self, path: &str) -> usize {
        self.base.len() + path.len()
    }
}

struct Crawler {
    client: Arc<Client>,
}

impl Crawler {
    async fn crawl(&self, paths: Vec<String>) -> Vec<usize> {
        acomp![self.client.get(&p).await for p in paths; concurrency = 4, spawn(self.client)]
    }
}

fn main() {
    let c = Crawler { client: Arc::new(Client { base: "http://x".into() }) };
    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
    println!("{:?}", rt.block_on(c.crawl(vec!["/a".into()])));
}
