//! mistake: a dict comprehension with `,` where the key's `:` belongs (`{k, v for ..}`)
//! offending: k, v
//! category: syntax
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let pairs = vec![("x", 1), ("y", 2)];
    let lookup: HashMap<&str, i32> = comp!({k, v for (k, v) in pairs});
    println!("{lookup:?}");
}
