//! mistake: named a loop variable `type` (the reserved keyword) when unpacking content-type counts
//! offending: type
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let upload_counts: HashMap<&str, u32> = HashMap::from([("image/png", 12), ("application/pdf", 3), ("text/csv", 40)]);
    let max_per_type = 10;
    let over_quota = comp![type for (type, n) in &upload_counts if *n > max_per_type];
    println!("{over_quota:?}");
}
