//! mistake: passed the registry's raw version strings to `satisfies` without parsing them into `Version`
//! offending: satisfies(&req, v)
//! category: type
use comprehensions::comp;

struct Version {
    major: u64,
    minor: u64,
}

struct VersionReq {
    min: Version,
}

fn satisfies(req: &VersionReq, v: &Version) -> bool {
    (v.major, v.minor) >= (req.min.major, req.min.minor) && v.major == req.min.major
}

fn main() {
    let req = VersionReq { min: Version { major: 1, minor: 2 } };
    let available: Vec<String> = vec!["1.1.0".into(), "1.3.2".into(), "2.0.0".into()];
    let ok: Vec<bool> = comp![satisfies(&req, v) for v in &available];
    println!("{ok:?}");
}
