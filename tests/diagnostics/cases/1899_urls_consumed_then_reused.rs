//! mistake: iterated the URL list by value and used it again afterwards (Python lists survive iteration)
//! offending: urls.len()
//! category: ownership
use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run() {
    let urls = vec!["https://a.example".to_string(), "https://b.example".to_string()];
    let sizes = acomp![fetch(&u).await for u in urls];
    println!("fetched {} of {}", sizes.len(), urls.len());
}

fn main() {
    futures::executor::block_on(run());
}
