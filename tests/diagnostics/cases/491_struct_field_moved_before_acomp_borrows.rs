//! mistake: struct literal moves `urls` into a field, then the next field's acomp iterates &urls
//! offending: &urls
//! category: ownership
use comprehensions::acomp;

struct Crawl {
    urls: Vec<String>,
    sizes: Vec<usize>,
}

async fn size(url: &str) -> usize {
    url.len() * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a".to_string(), "https://b".to_string()];
    // Python: Crawl(urls=urls, sizes=[await size(u) for u in urls])
    let crawl = Crawl { urls, sizes: acomp![size(u).await for u in &urls] };
    println!("{} {:?}", crawl.urls.len(), crawl.sizes);
}
