//! mistake: kept Python's `for i, u in enumerate(urls)` although the index is never used
//! offending: (i, u)
//! category: lint
use comprehensions::comp;

fn main() {
    let urls = vec!["https://example.com/a", "https://example.com/b"];
    let lines: Vec<String> = comp![format!("GET {u} HTTP/1.1") for (i, u) in urls.iter().enumerate()];
    println!("{lines:?}");
}
