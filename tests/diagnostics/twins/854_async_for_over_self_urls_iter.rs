//! mistake: `async for` over `self.urls.iter()`, a plain iterator, because the method is async
//! offending: it.next().await
//! category: async
struct Client {
    urls: Vec<String>,
}

impl Client {
    async fn content_length(&self, url: &str) -> usize {
        url.len() * 100
    }

    async fn lengths(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut it = self.urls.iter();
        while let Some(u) = it.next().await {
            out.push(self.content_length(u).await);
        }
        out
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let c = Client { urls: vec!["a".into(), "bb".into()] };
    println!("{:?}", c.lengths().await);
}
