//! mistake: a dict comprehension assigned to a `BTreeMap` annotation (wanting sorted keys)
//! offending: comp!({host: hits for (host, hits) in rows})
//! category: type
use comprehensions::comp;
use std::collections::BTreeMap;

fn main() {
    let rows = vec![("web2", 10), ("web1", 7)];
    let by_host: BTreeMap<&str, u32> = comp!({host: hits for (host, hits) in rows});
    println!("{by_host:?}");
}
