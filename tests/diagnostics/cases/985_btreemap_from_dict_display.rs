//! mistake: a dict display bound to a `BTreeMap` for a sorted report (the display is a `HashMap`)
//! offending: comp!({*w: *c for (w, c) in &counts if *c > 1})
//! category: type
use comprehensions::comp;
use std::collections::BTreeMap;

fn main() {
    let counts = vec![("pear", 3), ("apple", 1), ("fig", 2)];
    let sorted: BTreeMap<&str, i32> = comp!({*w: *c for (w, c) in &counts if *c > 1});
    for (w, c) in &sorted {
        println!("{w:>8} {c}");
    }
}
