//! mistake: kept Python's `for i, u in enumerate(urls)` although the index is never used
//! offending: (i, u)
//! category: lint
fn main() {
    let urls = vec!["https://example.com/a", "https://example.com/b"];
    let lines: Vec<String> = urls.iter().enumerate().map(|(i, u)| format!("GET {u} HTTP/1.1")).collect();
    println!("{lines:?}");
}
