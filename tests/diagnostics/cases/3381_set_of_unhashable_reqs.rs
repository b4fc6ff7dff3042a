//! mistake: deduplicated version requirements in a set display, but `VersionReq` is not `Eq + Hash`
//! offending: d.req.clone()
//! category: type
use comprehensions::comp;

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
    let distinct = comp!({d.req.clone() for d in &deps});
    println!("{} distinct requirements for {}", distinct.len(), deps[0].name);
}
