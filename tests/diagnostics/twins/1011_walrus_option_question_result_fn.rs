//! mistake: `cfg.get(n)?` (an `Option`) inside a walrus, in a comprehension expected to be a `Result<_, String>`
//! offending: cfg.get(n)?
//! category: try
use std::collections::HashMap;

fn ports(cfg: &HashMap<&str, &str>, names: &[&str]) -> Result<Vec<u16>, String> {
    let mut out = Vec::new();
    for n in names {
        let p = cfg.get(n)?.parse::<u16>().map_err(|e| e.to_string())?;
        if p >= 1024 {
            out.push(p);
        }
    }
    Ok(out)
}

fn main() {
    let cfg = HashMap::from([("web", "8080"), ("ssh", "22")]);
    println!("{:?}", ports(&cfg, &["web", "ssh"]));
}
