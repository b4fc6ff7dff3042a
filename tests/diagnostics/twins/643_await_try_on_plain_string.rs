//! mistake: puts ? after awaiting a fetch that returns a plain String, as if every asyncio call may raise
//! category: try
async fn fetch(u: &str) -> String {
    format!("body of {u}")
}

async fn fetch_all(urls: &[&str]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for u in urls {
        out.push(fetch(u).await?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", fetch_all(&["a", "b"]).await);
}
