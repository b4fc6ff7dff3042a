//! mistake: computed the number of pages per endpoint with Python's floor division `//`, which starts a comment in Rust
//! offending: //
//! category: python-habit
use comprehensions::comp;

fn main() {
    let totals = vec![("users", 230u32), ("orders", 1250), ("items", 99)];
    let per_page = 100u32;
    let page_counts: Vec<(&str, u32)> = comp![(*name, (total + per_page - 1) // per_page) for (name, total) in &totals];
    println!("{page_counts:?}");
}
