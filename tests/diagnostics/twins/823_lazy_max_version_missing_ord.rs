//! mistake: takes the `max()` of a struct that derives `PartialEq` but not `Eq`/`Ord` (Python compares dataclasses with order=True)
//! offending: max
//! category: type
#[derive(Debug, Clone, Copy, PartialEq)]
struct Version {
    major: u32,
    minor: u32,
}

struct Release {
    version: Version,
    stable: bool,
}

fn main() {
    let releases = vec![
        Release { version: Version { major: 1, minor: 4 }, stable: true },
        Release { version: Version { major: 2, minor: 0 }, stable: false },
    ];
    let newest = releases.iter().filter(|r| r.stable).map(|r| r.version).max();
    println!("{:?}", newest);
}
