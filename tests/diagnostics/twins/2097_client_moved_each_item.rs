//! mistake: passed the API client by value to `get` in the element (Python passes the session object around freely), moving it on the first item
//! offending: client
//! category: ownership
use std::time::Duration;

#[derive(Debug)]
struct ApiError(String);

struct Client {
    base: String,
    token: String,
}

async fn get(client: Client, path: &str) -> Result<String, ApiError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if client.token.is_empty() {
        return Err(ApiError("401".into()));
    }
    Ok(format!("GET {}{path}", client.base))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = Client { base: "https://api.example.com".into(), token: "secret".into() };
    let paths = vec!["/users", "/orders", "/items"];
    let mut bodies = Vec::new();
    for p in &paths {
        bodies.push(get(client, p).await);
    }
    println!("{bodies:?}");
}
