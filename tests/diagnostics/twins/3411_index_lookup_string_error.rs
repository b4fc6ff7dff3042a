//! mistake: mixed a `String` error from `ok_or(format!(..))` with the parser's `SemverError` under `?`
//! offending: .ok_or(format!("{n} not in index"))?
//! category: try
use std::collections::HashMap;

#[derive(Debug)]
struct SemverError(String);

#[derive(Debug)]
struct Version(u64, u64, u64);

fn parse_version(s: &str) -> Result<Version, SemverError> {
    let p: Vec<u64> = s.split('.').map(|x| x.parse().map_err(|_| SemverError(s.to_string()))).collect::<Result<_, _>>()?;
    match p.as_slice() {
        [a, b, c] => Ok(Version(*a, *b, *c)),
        _ => Err(SemverError(format!("bad version {s}"))),
    }
}

fn resolve(index: &HashMap<String, String>, names: &[&str]) -> Result<Vec<Version>, SemverError> {
    let mut out = Vec::new();
    for n in names {
        out.push(parse_version(index.get(*n).ok_or(format!("{n} not in index"))?)?);
    }
    Ok(out)
}

fn main() {
    let mut index = HashMap::new();
    index.insert("serde".to_string(), "1.0.197".to_string());
    println!("{:?}", resolve(&index, &["serde", "nope"]));
}
