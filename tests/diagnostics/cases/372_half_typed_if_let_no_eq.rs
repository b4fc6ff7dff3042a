//! mistake: half-typed `if let Some(n)` clause, the `= expr` not written yet
//! offending: if let Some(n)
//! category: syntax
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let ages: HashMap<&str, u32> = HashMap::from([("ann", 31)]);
    let names = vec!["ann", "bob"];
    let known = comp![(name, n) for name in &names if let Some(n)];
    println!("{known:?} {}", ages.len());
}
