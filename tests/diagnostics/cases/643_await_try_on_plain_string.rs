//! mistake: puts ? after awaiting a fetch that returns a plain String, as if every asyncio call may raise
//! offending: fetch(u).await?
//! category: try
use comprehensions::acomp;

async fn fetch(u: &str) -> String {
    format!("body of {u}")
}

async fn fetch_all(urls: &[&str]) -> Result<Vec<String>, String> {
    acomp![fetch(u).await? for u in urls]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", fetch_all(&["a", "b"]).await);
}
