// A `concurrency` element whose `Result` is not unwrapped, collected into
// a `Vec<String>`: the error is on the element, and rustc's `.expect(..)`
// goes after it, not after the whole call.
use comprehensions::acomp;

async fn fetch(url: &str) -> Result<String, String> {
    Ok(format!("<html>{url}</html>"))
}

async fn pages(urls: Vec<&str>) -> Vec<String> {
    let pages: Vec<String> = acomp![fetch(u).await for u in &urls; concurrency = 4, unordered];
    pages
}

fn main() {
    let _ = pages(vec!["a.org"]);
}
