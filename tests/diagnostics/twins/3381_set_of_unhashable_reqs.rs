//! mistake: deduplicated version requirements in a set display, but `VersionReq` is not `Eq + Hash`
//! offending: d.req.clone()
//! category: type
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq)]
struct VersionReq {
    op: String,
    version: String,
}

struct Dep {
    name: String,
    req: VersionReq,
}

fn deps() -> Vec<Dep> {
    vec![
        Dep { name: "log".into(), req: VersionReq { op: "^".into(), version: "0.4".into() } },
        Dep { name: "env_logger".into(), req: VersionReq { op: "^".into(), version: "0.4".into() } },
    ]
}

fn main() {
    let deps = deps();
    let mut distinct = HashSet::new();
    for d in &deps {
        distinct.insert(d.req.clone());
    }
    println!("{} distinct requirements for {}", distinct.len(), deps[0].name);
}
