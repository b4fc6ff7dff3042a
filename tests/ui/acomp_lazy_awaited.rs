// A lazy `acomp!` awaited by mistake: the message names a stream of its
// items (not the generator behind it) and suggests removing the `.await`.
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    format!("<html>{url}</html>")
}

async fn pages(urls: Vec<&str>) -> Vec<String> {
    acomp!((fetch(u).await for u in &urls)).await
}

fn main() {
    let _ = pages(vec!["a.org"]);
}
