//! mistake: `async for` over `self.urls.iter()`, a plain iterator, because the method is async
//! offending: self.urls.iter()
//! category: async
use comprehensions::acomp;

struct Client {
    urls: Vec<String>,
}

impl Client {
    async fn content_length(&self, url: &str) -> usize {
        url.len() * 100
    }

    async fn lengths(&self) -> Vec<usize> {
        acomp![self.content_length(u).await async for u in self.urls.iter()]
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let c = Client { urls: vec!["a".into(), "bb".into()] };
    println!("{:?}", c.lengths().await);
}
