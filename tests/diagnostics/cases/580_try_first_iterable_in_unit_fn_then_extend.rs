//! mistake: config merger: `read_to_string(path)?` in the first iterable, in a function returning `()`; the (now `Result`) dict is then passed to `extend`
//! offending: read_to_string(path)?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn merge_file(base: &mut HashMap<String, String>, path: &str) {
    // Python: base.update({k: v for k, v in (l.split("=", 1) for l in open(path))})
    let overrides = comp!({k.to_string(): v.to_string()
        for line in std::fs::read_to_string(path)?.lines()
        if let Some((k, v)) = line.split_once('=')});
    base.extend(overrides);
}

fn main() {
    let mut cfg = HashMap::new();
    merge_file(&mut cfg, "app.ini");
    println!("{cfg:?}");
}
