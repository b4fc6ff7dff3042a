//! mistake: keyed a status dict by `r.url` while iterating the responses by reference (Python's `{r.url: r.status for r in responses}`)
//! offending: r.url
//! category: ownership
use std::collections::HashMap;

struct Response {
    url: String,
    status: u16,
}

async fn check(url: &str) -> Response {
    Response { url: url.to_string(), status: if url.ends_with('a') { 200 } else { 404 } }
}

async fn run() {
    let urls = vec!["http://a", "http://b"];
    let mut responses = Vec::new();
    for u in &urls {
        responses.push(check(u).await);
    }
    let mut by_url: HashMap<String, u16> = HashMap::new();
    for r in &responses {
        by_url.insert(r.url, r.status);
    }
    println!("{by_url:?} from {} responses", responses.len());
}

fn main() {
    futures::executor::block_on(run());
}
