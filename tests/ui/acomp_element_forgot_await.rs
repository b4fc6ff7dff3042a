// A forgotten `.await` in an eager `acomp!` whose type is known: the error
// is on the element, with rustc's "consider `await`ing", as for a
// hand-written `pages.push(fetch(u))` (the expected type reaches the
// collection before the `async` block is checked).
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    format!("<html>{url}</html>")
}

async fn pages(urls: Vec<&str>) -> Vec<String> {
    let pages: Vec<String> = acomp![fetch(u) for u in &urls];
    pages
}

fn main() {
    let _ = pages(vec!["a.org"]);
}
