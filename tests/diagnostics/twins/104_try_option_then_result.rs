//! mistake: `cfg.get(k)?` (Option) and `.parse()?` (Result) in one comprehension (hand-written)
use std::collections::HashMap;

fn values(cfg: &HashMap<&str, &str>, keys: &[&str]) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    for k in keys {
        out.push(cfg.get(k)?.parse::<u32>()?);
    }
    Some(out)
}

fn main() {
    let cfg: HashMap<&str, &str> = HashMap::from([("workers", "4"), ("retries", "3")]);
    println!("{:?}", values(&cfg, &["workers", "retries"]));
}
