//! mistake: forgets `.await` on an async method in the element of an `acomp!` returned as `Vec<usize>`
//! offending: self.content_length(u)
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
        acomp![self.content_length(u) for u in &self.urls]
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let c = Client { urls: vec!["a".into(), "bb".into()] };
    println!("{:?}", c.lengths().await);
}
