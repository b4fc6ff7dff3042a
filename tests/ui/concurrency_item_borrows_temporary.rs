// A `concurrency` item whose value borrows an awaited temporary: the error
// is on the element, not on the whole call.
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    format!("  <title>{url}</title>  ")
}

async fn titles(urls: Vec<&str>) -> Vec<&str> {
    acomp![fetch(u).await.trim() for u in &urls; concurrency = 4]
}

fn main() {
    let _ = titles(vec!["a.org"]);
}
