//! mistake: stored `.len()` (a `usize`) as the value of a map annotated `HashMap<&str, u32>`
//! offending: ports.len()
//! category: type
use std::collections::HashMap;

fn main() {
    let mut probed: HashMap<&str, Vec<u16>> = HashMap::new();
    probed.insert("45.9.148.3", vec![21, 22, 23, 25, 80, 110, 143, 443, 3389]);
    probed.insert("10.0.0.9", vec![443]);
    let mut scan_width: HashMap<&str, u32> = HashMap::new();
    for (ip, ports) in &probed {
        scan_width.insert(*ip, ports.len());
    }
    println!("{scan_width:?}");
}
