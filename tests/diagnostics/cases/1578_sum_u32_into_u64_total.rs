//! mistake: summing a `u32` byte column into a `u64` total, as Python's `sum()` widens silently
//! offending: sum()
//! category: type
use comprehensions::comp;

struct Log {
    path: &'static str,
    bytes: u32,
}

fn main() {
    let logs = vec![Log { path: "/a", bytes: 512 }, Log { path: "/b", bytes: 2048 }];
    let total: u64 = comp!((l.bytes for l in &logs)).sum();
    println!("{} {total}", logs[0].path);
}
