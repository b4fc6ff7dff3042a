//! mistake: kept `&str` tags split out of a response body that is dropped at the end of its block
//! offending: body
//! category: ownership
use comprehensions::comp;

fn fetch_tags_header() -> String {
    "rust, async , web,,tokio".to_string()
}

fn main() {
    let tags: Vec<&str>;
    {
        let body = fetch_tags_header();
        tags = comp![t.trim() for t in body.split(',') if !t.trim().is_empty()];
    }
    println!("{tags:?}");
}
