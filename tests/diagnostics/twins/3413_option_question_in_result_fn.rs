//! mistake: used `?` on a lockfile `HashMap::get` (an `Option`) in a function returning `Result`
//! offending: lock.get(n)?
//! category: try
use std::collections::HashMap;

#[derive(Debug)]
struct ResolveError(String);

fn pinned(lock: &HashMap<String, String>, names: &[String]) -> Result<Vec<String>, ResolveError> {
    let mut out = Vec::new();
    for n in names {
        out.push(format!("{n}={}", lock.get(n)?));
    }
    Ok(out)
}

fn main() {
    let lock = HashMap::from([("rand".to_string(), "0.8.5".to_string())]);
    println!("{:?}", pinned(&lock, &["rand".to_string()]));
}
