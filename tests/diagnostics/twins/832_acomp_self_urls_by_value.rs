//! mistake: iterates `self.urls` by value in an `async fn(&self)`, moving the field out of the borrowed `self`
//! offending: self.urls
//! category: async
struct Crawler {
    urls: Vec<String>,
}

impl Crawler {
    async fn fetch(&self, url: String) -> usize {
        url.len()
    }

    async fn sizes(&self) -> Vec<usize> {
        let mut out = Vec::new();
        for u in self.urls {
            out.push(self.fetch(u).await);
        }
        out
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let c = Crawler { urls: vec!["https://a.example".into(), "https://b.example".into()] };
    println!("{:?}", c.sizes().await);
}
