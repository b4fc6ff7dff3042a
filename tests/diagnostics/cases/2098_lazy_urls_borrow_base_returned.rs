//! mistake: returned a lazy generator of page URLs that borrows the owned `base` parameter (no `move`)
//! offending: base
//! category: ownership
use comprehensions::comp;

fn page_urls(base: String, last_page: u32) -> impl Iterator<Item = String> {
    comp!((format!("{base}?page={p}") for p in 1..=last_page))
}

fn main() {
    for u in page_urls("https://api.example.com/repos".to_string(), 3) {
        println!("GET {u}");
    }
}
