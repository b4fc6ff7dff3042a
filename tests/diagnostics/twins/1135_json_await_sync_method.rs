//! mistake: awaits a synchronous `.json()`, as aiohttp's `await resp.json()` is a coroutine
//! offending: json().await
//! category: python-habit
struct Response {
    body: String,
}

impl Response {
    fn json(&self) -> Result<u32, String> {
        self.body.trim().parse::<u32>().map_err(|e| e.to_string())
    }
}

async fn get(url: &str) -> Response {
    Response { body: url.len().to_string() }
}

async fn counts(urls: &[&str]) -> Result<Vec<u32>, String> {
    let mut out = Vec::new();
    for u in urls {
        out.push(get(u).await.json().await?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", counts(&["a.com"]).await);
}
