//! mistake: counts fetches with `fetched += 1` inside concurrent items (Python's `nonlocal` counter), a mutable borrow shared by every in-flight item
//! offending: fetched += 1
//! category: ownership
use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com", "b.org", "c.net"];
    let mut fetched = 0;
    let sizes = acomp![{ fetched += 1; fetch(u).await } for u in &urls; concurrency = 4];
    println!("{fetched} {sizes:?}");
}
