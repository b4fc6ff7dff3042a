//! mistake: compared the walrus-bound `items.len()` (a `usize`) with the `u32` page-size limit from the config
//! offending: max_items
//! category: type
struct Page {
    url: String,
    items: Vec<String>,
}

fn main() {
    let max_items: u32 = 1;
    let pages = vec![
        Page { url: "https://api.example.com/p/1".into(), items: vec!["a".into(), "b".into()] },
        Page { url: "https://api.example.com/p/2".into(), items: vec![] },
    ];
    let mut oversized = Vec::new();
    for p in &pages {
        let n = p.items.len();
        if n > max_items {
            oversized.push((p.url.as_str(), n));
        }
    }
    println!("{oversized:?}");
}
