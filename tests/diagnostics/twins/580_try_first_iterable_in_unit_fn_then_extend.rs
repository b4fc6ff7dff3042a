//! mistake: config merger: `read_to_string(path)?` in a function returning `()` (hand-written)
use std::collections::HashMap;

fn merge_file(base: &mut HashMap<String, String>, path: &str) {
    let mut overrides = HashMap::new();
    for line in std::fs::read_to_string(path)?.lines() {
        if let Some((k, v)) = line.split_once('=') {
            overrides.insert(k.to_string(), v.to_string());
        }
    }
    base.extend(overrides);
}

fn main() {
    let mut cfg = HashMap::new();
    merge_file(&mut cfg, "app.ini");
    println!("{cfg:?}");
}
