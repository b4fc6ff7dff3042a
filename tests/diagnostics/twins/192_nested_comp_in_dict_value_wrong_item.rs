//! mistake: grouping rows, the inner collect's items are `&(String, u32)` (hand-written)
//! offending: rows.iter().filter(|r| r.0 == k).collect::<Vec<(String, u32)>>()
use std::collections::HashMap;

fn main() {
    let rows: Vec<(String, u32)> = vec![("eu".into(), 3), ("us".into(), 5), ("eu".into(), 7)];
    let regions = vec!["eu", "us"];
    let mut by_region: HashMap<&str, Vec<(String, u32)>> = HashMap::new();
    for k in regions {
        by_region.insert(k, rows.iter().filter(|r| r.0 == k).collect::<Vec<(String, u32)>>());
    }
    println!("{by_region:?}");
}
