//! mistake: `.parse()` called on the `Option<&String>` that a query-param lookup returns, as `int(request.args.get("page"))`
//! offending: parse
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut params: HashMap<String, String> = HashMap::new();
    params.insert("page".into(), "3".into());
    params.insert("limit".into(), "25".into());
    let nums: Vec<u32> = comp![params.get(*k).parse::<u32>().unwrap_or(0) for k in &["page", "limit"]];
    println!("{nums:?}");
}
