// A set display of pairs where a dict is expected (Python's `{(k, v) ..}`
// for `{k: v ..}`), in `acomp!`: one error, on the display, as by hand
// on the `HashSet::new()` that starts the wrong collection.
use std::collections::HashMap;

use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn sizes(urls: &[String]) -> HashMap<String, usize> {
    let sizes: HashMap<String, usize> = acomp!({(u.clone(), fetch(u).await) for u in urls});
    sizes
}

fn main() {
    let _ = sizes(&[]);
}
