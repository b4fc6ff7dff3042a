//! mistake: divided an `f64` by a `u64` mount size to get a usage percentage
//! offending: m.used_kb as f64 / m.size_kb
//! category: type
use comprehensions::comp;

struct Mount {
    target: String,
    size_kb: u64,
    used_kb: u64,
}

fn main() {
    let mounts = vec![
        Mount { target: "/".into(), size_kb: 41_152_736, used_kb: 30_112_004 },
        Mount { target: "/var".into(), size_kb: 102_687_672, used_kb: 97_550_112 },
    ];
    let usage = comp![(m.target.as_str(), m.used_kb as f64 / m.size_kb * 100.0) for m in &mounts];
    for (target, pct) in usage {
        println!("{target}: {pct:.1}%");
    }
}
