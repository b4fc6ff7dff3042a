//! mistake: a loop in a function returning `Result` uses `?` on an `Option` (`r.get(1)?`)
//! offending: r.get(1)?
//! category: try
use std::collections::HashMap;

struct User {
    name: String,
}

fn index(rows: &[Vec<&str>]) -> Result<HashMap<u32, User>, String> {
    let mut out = HashMap::new();
    for r in rows {
        out.insert(r[0].parse::<u32>().map_err(|e| e.to_string())?, User { name: r.get(1)?.to_string() });
    }
    Ok(out)
}

fn main() {
    let rows = vec![vec!["1", "ann"], vec!["2"]];
    println!("{}", index(&rows).map(|m| m.len()).unwrap_or(0));
}
