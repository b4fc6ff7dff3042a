//! mistake: sums the `usize` body lengths an async comprehension fetched into a `u32` total
//! offending: sum
//! category: async

async fn body_len(url: &str) -> usize {
    url.len() * 100
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.org", "http://b.com", "https://c.net"];
    let mut lens = Vec::new();
    for u in &urls {
        if u.starts_with("https") {
            lens.push(body_len(u).await);
        }
    }
    let total: u32 = lens.iter().sum();
    println!("{total} bytes");
}
