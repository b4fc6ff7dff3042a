//! mistake: forgets `.await` on an async method in the element of an `acomp!` returned as `Vec<usize>`
//! offending: self.content_length(u)
//! category: async
struct Client {
    urls: Vec<String>,
}

impl Client {
    async fn content_length(&self, url: &str) -> usize {
        url.len() * 100
    }

    async fn lengths(&self) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for u in &self.urls {
            out.push(self.content_length(u));
        }
        out
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let c = Client { urls: vec!["a".into(), "bb".into()] };
    println!("{:?}", c.lengths().await);
}
