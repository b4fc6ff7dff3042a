//! mistake: bumped a local counter from every concurrent item (Python's `nonlocal sent; sent += 1` inside gathered coroutines)
//! offending: sent += 1
//! category: ownership
use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run() {
    let urls = vec!["https://a.example", "https://b.example"];
    let mut sent = 0u32;
    let sizes = acomp![{ sent += 1; fetch(u).await } for u in &urls; concurrency = 4];
    println!("{sent} requests: {sizes:?}");
}

fn main() {
    futures::executor::block_on(run());
}
