//! mistake: bucketed timestamps by hour with Python's floor division `//`, a comment in Rust
//! offending: //
//! category: python-habit
use comprehensions::comp;

struct AccessLog {
    ts: u64,
    bytes: u32,
}

fn main() {
    let logs = vec![
        AccessLog { ts: 1_700_000_000, bytes: 512 },
        AccessLog { ts: 1_700_003_700, bytes: 2048 },
        AccessLog { ts: 1_700_007_300, bytes: 128 },
    ];
    // Python: [(log.ts // 3600, log.bytes) for log in logs]
    let per_hour: Vec<(u64, u32)> = comp![
        (log.ts // 3600, log.bytes)
        for log in &logs
    ];
    println!("{per_hour:?}");
}
