//! mistake: a dict display bound to a `BTreeMap` for a sorted report (the display is a `HashMap`)
//! offending: counts.iter().filter(|(_, c)| *c > 1).map(|(w, c)| (*w, *c)).collect::<HashMap<_, _>>()
//! category: type
use std::collections::{BTreeMap, HashMap};

fn main() {
    let counts = vec![("pear", 3), ("apple", 1), ("fig", 2)];
    let sorted: BTreeMap<&str, i32> = counts.iter().filter(|(_, c)| *c > 1).map(|(w, c)| (*w, *c)).collect::<HashMap<_, _>>();
    for (w, c) in &sorted {
        println!("{w:>8} {c}");
    }
}
