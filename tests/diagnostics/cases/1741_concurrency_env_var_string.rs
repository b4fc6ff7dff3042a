//! mistake: the concurrency limit read from an environment variable is used as the `String` it is (Python's `int(os.environ[..])` forgotten)
//! offending: jobs
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string(), "https://b.example".to_string()];
    let jobs = std::env::var("FETCH_JOBS").unwrap_or_else(|_| "4".to_string());
    let sizes = acomp![fetch(u).await for u in &urls; concurrency = jobs];
    println!("{sizes:?}");
}
