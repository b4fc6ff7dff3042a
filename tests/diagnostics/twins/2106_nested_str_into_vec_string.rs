//! mistake: stripped the `#fragment` of each link in a nested list comprehension, keeping `&str`s where the table holds `String`s
//! offending: l.split('#').next().unwrap_or(l)
//! category: type
struct Page {
    url: String,
    links: Vec<String>,
}

fn main() {
    let pages = vec![
        Page { url: "https://example.com/".into(), links: vec!["/a#top".into(), "/b".into()] },
        Page { url: "https://example.com/a".into(), links: vec!["/c#x".into()] },
    ];
    let table: Vec<Vec<String>> = pages
        .iter()
        .map(|p| p.links.iter().map(|l| l.split('#').next().unwrap_or(l)).collect())
        .collect();
    println!("{} -> {:?}", pages[0].url, table);
}
