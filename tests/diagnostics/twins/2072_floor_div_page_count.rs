//! mistake: computed the number of pages per endpoint with Python's floor division `//`, which starts a comment in Rust
//! offending: //
//! category: python-habit
fn main() {
    let totals = vec![("users", 230u32), ("orders", 1250), ("items", 99)];
    let per_page = 100u32;
    let page_counts: Vec<(&str, u32)> = totals.iter().map(|(name, total)| (*name, (total + per_page - 1) // per_page)).collect();
    println!("{page_counts:?}");
}
