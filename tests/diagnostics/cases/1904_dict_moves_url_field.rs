//! mistake: keyed a status dict by `r.url` while iterating the responses by reference (Python's `{r.url: r.status for r in responses}`)
//! offending: r.url
//! category: ownership
use comprehensions::{acomp, comp};
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
    let responses = acomp![check(u).await for u in &urls];
    let by_url: HashMap<String, u16> = comp!({r.url: r.status for r in &responses});
    println!("{by_url:?} from {} responses", responses.len());
}

fn main() {
    futures::executor::block_on(run());
}
