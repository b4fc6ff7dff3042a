//! mistake: used `?` on each parsed version while assigning to a plain `Vec<Version>` in `main`
//! offending: parse_version(s)?
//! category: try
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

fn main() {
    let raw = vec!["1.2.3", "0.10.0"];
    let mut versions: Vec<Version> = Vec::new();
    for s in &raw {
        versions.push(parse_version(s)?);
    }
    println!("{versions:?}");
}
