//! mistake: calls `.is_ok()` on an async health check without awaiting it first
//! offending: is_ok
//! category: async
async fn check(url: &str) -> Result<(), String> {
    if url.starts_with("https://") { Ok(()) } else { Err(url.to_string()) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string(), "http://b.example".to_string()];
    let mut healthy = Vec::new();
    for u in &urls {
        if check(u).is_ok() {
            healthy.push(u.clone());
        }
    }
    println!("{healthy:?}");
}
