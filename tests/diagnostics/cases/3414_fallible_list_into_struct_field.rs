//! mistake: stored the fallible comprehension's `Result` in a struct field without `?`
//! offending: Lockfile { packages }
//! category: try
use comprehensions::comp;

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

#[derive(Debug)]
struct Lockfile {
    packages: Vec<(String, Version)>,
}

fn parse_entry(line: &str) -> Result<(String, Version), SemverError> {
    let (name, ver) = line.split_once(' ').ok_or_else(|| SemverError(line.to_string()))?;
    Ok((name.to_string(), parse_version(ver)?))
}

fn parse_lockfile(text: &str) -> Result<Lockfile, SemverError> {
    let packages = comp![parse_entry(line)? for line in text.lines() if !line.starts_with('#')];
    Ok(Lockfile { packages })
}

fn main() {
    println!("{:?}", parse_lockfile("# generated\nserde 1.0.197\nrand 0.8.5"));
}
