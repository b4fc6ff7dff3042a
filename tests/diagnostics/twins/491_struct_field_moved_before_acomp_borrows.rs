//! mistake: struct literal moves `urls` into a field, then the next field's acomp iterates &urls
//! offending: &urls
//! category: ownership

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
    let crawl = Crawl {
        urls,
        sizes: {
            let mut v = Vec::new();
            for u in &urls {
                v.push(size(u).await);
            }
            v
        },
    };
    println!("{} {:?}", crawl.urls.len(), crawl.sizes);
}
