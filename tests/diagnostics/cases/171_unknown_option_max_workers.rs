//! mistake: Python's `ThreadPoolExecutor(max_workers=8)` keyword as an option name
//! offending: max_workers
//! category: python-habit
use comprehensions::acomp;

async fn download(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.org/x", "https://b.org/y"];
    let sizes = acomp![download(u).await for u in &urls; max_workers = 8];
    println!("{sizes:?}");
}
