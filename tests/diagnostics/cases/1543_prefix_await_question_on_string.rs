//! mistake: `await fetch(u)?` where `fetch` returns a plain `String`, not a `Result`
//! offending: ?
//! category: try
use comprehensions::acomp;

async fn fetch(u: &str) -> String {
    format!("<html>{u}</html>")
}

async fn load(urls: &[&str]) -> Result<Vec<String>, std::io::Error> {
    acomp![await fetch(u)? for u in urls]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", load(&["a.io"]).await);
}
