//! mistake: returns a lazy `acomp!` over `&self.urls` as `impl Stream<Item = usize>` without `+ '_`
//! offending: acomp!((self.size(u).await for u in &self.urls))
//! category: async
use comprehensions::acomp;
use futures::{Stream, StreamExt};

struct Feed {
    urls: Vec<String>,
}

impl Feed {
    async fn size(&self, u: &str) -> usize {
        u.len()
    }

    fn sizes(&self) -> impl Stream<Item = usize> {
        acomp!((self.size(u).await for u in &self.urls))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let feed = Feed { urls: vec!["a".into(), "bb".into()] };
    let total: usize = feed.sizes().collect::<Vec<_>>().await.iter().sum();
    println!("{total}");
}
