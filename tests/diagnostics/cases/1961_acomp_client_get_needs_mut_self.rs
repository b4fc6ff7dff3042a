//! mistake: called the client's `&mut self` request method from an async `&self` service method while iterating the service's own URL list
//! offending: self.client.get(u)
//! category: ownership
use comprehensions::acomp;

struct Client {
    requests: u32,
}

impl Client {
    async fn get(&mut self, url: &str) -> usize {
        self.requests += 1;
        url.len()
    }
}

struct Crawler {
    client: Client,
    urls: Vec<String>,
}

impl Crawler {
    async fn sizes(&self) -> Vec<usize> {
        acomp![self.client.get(u).await for u in &self.urls]
    }
}

fn main() {
    let c = Crawler { client: Client { requests: 0 }, urls: vec!["/a".into()] };
    println!("{:?}", futures::executor::block_on(c.sizes()));
}
