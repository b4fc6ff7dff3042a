//! mistake: summed the `usize` body lengths of the downloaded pages into a `u64` total
//! offending: sum()
//! category: type
use comprehensions::comp;

struct Page {
    url: String,
    body: String,
}

fn main() {
    let pages = vec![
        Page { url: "https://example.com/".into(), body: "<html></html>".into() },
        Page { url: "https://example.com/a".into(), body: "<html>a</html>".into() },
    ];
    let total_bytes: u64 = comp!((p.body.len() for p in &pages)).sum();
    println!("{} pages, {total_bytes} bytes, first {}", pages.len(), pages[0].url);
}
