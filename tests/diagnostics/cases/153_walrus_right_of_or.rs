//! mistake: a walrus on the right of `or`/`||`, which Python allows (it just may not run)
//! offending: (size := parse_size(line))
//! category: python-habit
use comprehensions::comp;

fn parse_size(line: &str) -> u64 {
    line.split(' ').last().and_then(|s| s.parse().ok()).unwrap_or(0)
}

fn main() {
    let log = vec!["ERROR disk 10", "INFO upload 5000000", "INFO ping 12"];
    let flagged = comp![line for line in &log if line.starts_with("ERROR") || (size := parse_size(line)) > 1_000_000];
    println!("{flagged:?}");
}
