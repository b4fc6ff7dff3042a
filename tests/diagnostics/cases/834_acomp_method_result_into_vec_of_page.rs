//! mistake: collects awaited `Result<Page, FetchError>`s into the `Vec<Page>` the method returns, without unwrapping them
//! offending: self.fetch(u).await
//! category: async
use comprehensions::acomp;

#[derive(Debug)]
struct Page {
    body: String,
}

#[derive(Debug)]
struct FetchError;

struct Client {
    urls: Vec<String>,
}

impl Client {
    async fn fetch(&self, url: &str) -> Result<Page, FetchError> {
        if url.is_empty() { Err(FetchError) } else { Ok(Page { body: url.to_uppercase() }) }
    }

    async fn pages(&self) -> Vec<Page> {
        acomp![self.fetch(u).await for u in &self.urls]
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let c = Client { urls: vec!["a".into()] };
    println!("{:?}", c.pages().await);
}
