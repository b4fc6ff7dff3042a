//! mistake: used `?` on follower id parsing in `main`, which returns `()`
//! offending: ?
//! category: try
fn main() {
    let raw_ids = vec!["1001", "1002", "42"];
    let mut ids: Vec<u64> = Vec::new();
    for s in &raw_ids {
        ids.push(s.parse::<u64>()?);
    }
    println!("following {} accounts", ids.len());
}
