//! mistake: a conditional dict key whose branches differ: `String` from `to_lowercase()` vs the `&str` key
//! offending: else { k }
//! category: type
use std::collections::HashMap;

fn main() {
    let case_insensitive = true;
    let headers = vec![("Content-Type", "text/plain"), ("X-Request-Id", "42")];
    let mut index = HashMap::new();
    for (k, v) in headers {
        index.insert(if case_insensitive { k.to_lowercase() } else { k }, v);
    }
    println!("{index:?}");
}
