//! mistake: summed the `usize` body lengths of the downloaded pages into a `u64` total
//! offending: sum()
//! category: type
struct Page {
    url: String,
    body: String,
}

fn main() {
    let pages = vec![
        Page { url: "https://example.com/".into(), body: "<html></html>".into() },
        Page { url: "https://example.com/a".into(), body: "<html>a</html>".into() },
    ];
    let total_bytes: u64 = pages.iter().map(|p| p.body.len()).sum();
    println!("{} pages, {total_bytes} bytes, first {}", pages.len(), pages[0].url);
}
