//! mistake: half-typed dict comprehension, the value after `k:` not written yet
//! offending: : for
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let hosts = vec!["db1", "db2"];
    let status: HashMap<&str, bool> = comp!({h: for h in &hosts});
    println!("{status:?}");
}
