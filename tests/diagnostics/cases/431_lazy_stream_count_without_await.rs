//! mistake: `.count()` on a lazy acomp stream is a future; compared with an integer without `.await`
//! offending: alive > 1
//! category: async
use comprehensions::acomp;
use futures::StreamExt;

async fn is_alive(host: &str) -> bool {
    !host.starts_with("10.")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["10.0.0.1", "example.com", "api.example.com"];
    // Python: alive = sum([1 async for h in probe(hosts) if h.ok])
    let alive = acomp!((h for h in &hosts if is_alive(h).await)).count();
    if alive > 1 {
        println!("quorum");
    }
}
