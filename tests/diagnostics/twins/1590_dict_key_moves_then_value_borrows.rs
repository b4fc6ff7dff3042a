//! mistake: a dict comprehension whose key moves the record's `String` name and whose value then reads it
//! offending: r.name.len()
//! category: ownership
use std::collections::HashMap;

struct Rec {
    name: String,
}

fn main() {
    let recs = vec![Rec { name: "alpha".into() }, Rec { name: "be".into() }];
    let mut lens = HashMap::new();
    for r in recs {
        lens.insert(r.name, r.name.len());
    }
    println!("{lens:?}");
}
