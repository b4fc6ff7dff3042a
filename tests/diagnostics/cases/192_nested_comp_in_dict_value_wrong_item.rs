//! mistake: grouping rows with a nested list in the dict value whose items are `&(String, u32)`, annotated as owned tuples
//! offending: r
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let rows: Vec<(String, u32)> = vec![("eu".into(), 3), ("us".into(), 5), ("eu".into(), 7)];
    let regions = vec!["eu", "us"];
    let by_region: HashMap<&str, Vec<(String, u32)>> = comp!({k: [r for r in &rows if r.0 == k] for k in regions});
    println!("{by_region:?}");
}
