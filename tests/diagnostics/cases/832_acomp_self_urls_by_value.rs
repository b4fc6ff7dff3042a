//! mistake: iterates `self.urls` by value in an `async fn(&self)`, moving the field out of the borrowed `self`
//! offending: self.urls
//! category: async
use comprehensions::acomp;

struct Crawler {
    urls: Vec<String>,
}

impl Crawler {
    async fn fetch(&self, url: String) -> usize {
        url.len()
    }

    async fn sizes(&self) -> Vec<usize> {
        acomp![self.fetch(u).await for u in self.urls]
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let c = Crawler { urls: vec!["https://a.example".into(), "https://b.example".into()] };
    println!("{:?}", c.sizes().await);
}
