//! mistake: cast the counter to `i64` where the map's values are `u64`
//! offending: s.count as i64
//! category: type
use std::collections::HashMap;

struct Stat {
    name: String,
    count: u32,
}

fn main() {
    let stats = vec![Stat { name: "errors".into(), count: 4 }, Stat { name: "requests".into(), count: 900 }];
    let mut m: HashMap<String, u64> = HashMap::new();
    for s in &stats {
        m.insert(s.name.clone(), s.count as i64);
    }
    println!("{m:?}");
}
