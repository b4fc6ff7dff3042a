// Python's names that Rust reserves (`type`, `match`), bound by a `for`
// pattern or an `if let`: rustc's "found keyword", with the raw spelling,
// not syn's list of what a pattern may start with.
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let uploads: HashMap<&str, u32> = HashMap::from([("image/png", 12), ("text/csv", 40)]);
    let busy = comp![kind for (type, n) in &uploads if *n > 10];
    let _ = busy;
}
