//! mistake: Python's floor division `ts // 3600` in a multi-line dict comprehension: `//` comments out the rest of the line
//! offending: // 3600, n));
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let hits: Vec<(u64, u32)> = vec![(3_600, 2), (7_300, 5), (7_900, 1)];
    let mut per_hour: HashMap<u64, u32> = HashMap::new();
    for (ts, n) in hits {
        per_hour.insert((ts // 3600, n));
    }
    println!("{per_hour:?}");
}
