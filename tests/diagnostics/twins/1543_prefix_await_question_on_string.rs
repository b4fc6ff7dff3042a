//! mistake: `await fetch(u)?` where `fetch` returns a plain `String`, not a `Result`
//! offending: ?
//! category: try
async fn fetch(u: &str) -> String {
    format!("<html>{u}</html>")
}

async fn load(urls: &[&str]) -> Result<Vec<String>, std::io::Error> {
    let mut out = Vec::new();
    for u in urls {
        out.push(fetch(u).await?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", load(&["a.io"]).await);
}
