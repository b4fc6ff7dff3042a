//! mistake: compared the numeric major version with the string `"1"` copied from a JSON manifest
//! offending: "1"
//! category: type
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u64,
    minor: u64,
    patch: u64,
}

fn candidates() -> Vec<Version> {
    vec![Version { major: 0, minor: 9, patch: 3 }, Version { major: 1, minor: 2, patch: 0 }]
}

fn main() {
    let cands = candidates();
    let mut stable: Vec<String> = Vec::new();
    for v in &cands {
        if v.major >= "1" {
            stable.push(format!("{}.{}.{}", v.major, v.minor, v.patch));
        }
    }
    println!("{stable:?}");
}
