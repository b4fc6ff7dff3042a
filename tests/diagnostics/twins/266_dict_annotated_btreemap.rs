//! mistake: a `HashMap` assigned to a `BTreeMap` annotation (hand-written)
//! offending: counts
use std::collections::{BTreeMap, HashMap};

fn main() {
    let rows = vec![("web2", 10), ("web1", 7)];
    let mut counts = HashMap::new();
    for (host, hits) in rows {
        counts.insert(host, hits);
    }
    let by_host: BTreeMap<&str, u32> = counts;
    println!("{by_host:?}");
}
