//! mistake: sums the `usize` body lengths an async comprehension fetched into a `u32` total
//! offending: sum
//! category: async
use comprehensions::acomp;

async fn body_len(url: &str) -> usize {
    url.len() * 100
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.org", "http://b.com", "https://c.net"];
    let total: u32 = acomp![body_len(u).await for u in &urls if u.starts_with("https")].iter().sum();
    println!("{total} bytes");
}
