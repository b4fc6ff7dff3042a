// A dict's key and value written the wrong way round: rustc's labels on
// each, and no "swap these arguments" help, which would rewrite the
// `insert` the comprehension makes of them (`{i(c, i): c ..}`), not the
// user's `{c: i ..}`. A key that cannot be hashed is reported on the key.
use std::collections::HashMap;

use comprehensions::comp;

fn main() {
    let names = vec!["ada".to_string(), "grace".to_string()];
    let index: HashMap<String, usize> = comp!({i: name for (i, name) in names.into_iter().enumerate()});
    let prices = [(0.5, "tea"), (1.25, "cake")];
    let by_price = comp!({price: item for (price, item) in prices});
    let _ = (index, by_price);
}
