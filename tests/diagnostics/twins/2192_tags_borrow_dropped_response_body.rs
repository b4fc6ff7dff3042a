//! mistake: kept `&str` tags split out of a response body that is dropped at the end of its block
//! offending: body
//! category: ownership

fn fetch_tags_header() -> String {
    "rust, async , web,,tokio".to_string()
}

fn main() {
    let tags: Vec<&str>;
    {
        let body = fetch_tags_header();
        tags = body.split(',').map(|t| t.trim()).filter(|t| !t.is_empty()).collect();
    }
    println!("{tags:?}");
}
