//! mistake: each concurrent item passes an outer Vec<String> by value to an async fn
//! offending: is_allowed(u, allow)
//! category: ownership
use comprehensions::acomp;

async fn is_allowed(url: &str, allow: Vec<String>) -> bool {
    allow.iter().any(|a| url.starts_with(a.as_str()))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let allow = vec!["https://".to_string()];
    let urls = vec!["https://a", "http://b"];
    // Python: ok = await asyncio.gather(*[is_allowed(u, allow) for u in urls])
    let ok: Vec<bool> = acomp![is_allowed(u, allow).await for u in &urls; concurrency = 4];
    println!("{ok:?}");
}
