//! mistake: used `?` on follower id parsing in `main`, which returns `()`
//! offending: ?
//! category: try
use comprehensions::comp;

fn main() {
    let raw_ids = vec!["1001", "1002", "42"];
    let ids: Vec<u64> = comp![s.parse::<u64>()? for s in &raw_ids];
    println!("following {} accounts", ids.len());
}
