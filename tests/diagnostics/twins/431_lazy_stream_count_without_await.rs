//! mistake: `.count()` on a stream is a future; compared with an integer without `.await`
//! offending: alive > 1
//! category: async
use futures::StreamExt;

async fn is_alive(host: &str) -> bool {
    !host.starts_with("10.")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["10.0.0.1", "example.com", "api.example.com"];
    let alive = futures::stream::iter(&hosts)
        .filter(|h| {
            let h: &str = h;
            async move { is_alive(h).await }
        })
        .count();
    if alive > 1 {
        println!("quorum");
    }
}
