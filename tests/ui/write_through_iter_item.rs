use comprehensions::comp;
use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(PartialEq, Eq, Hash)]
struct Endpoint {
    failures: u32,
    url: &'static str,
}

fn main() {
    let endpoints = vec![Endpoint { failures: 0, url: "api" }];
    // A write through an item of `xs.iter()` or `m.values()`: rustc's help
    // for the loop by hand, "use mutable method", `iter_mut()`.
    let _: Vec<u32> = comp![{ e.failures += 1; e.failures } for e in endpoints.iter() if e.url == "api"];
    let by_name: HashMap<&str, Endpoint> = HashMap::new();
    let _: Vec<u32> = comp![{ e.failures += 1; e.failures } for e in by_name.values() if e.failures > 2];
    let by_rank: BTreeMap<u8, Endpoint> = BTreeMap::new();
    let _: Vec<(u8, u32)> = comp![{ e.failures = 0; (*r, e.failures) } for (r, e) in by_rank.iter() if *r < 3];
    // A `HashSet` has no `iter_mut`: no help, as by hand.
    let seen: HashSet<Endpoint> = HashSet::new();
    let _: Vec<u32> = comp![{ e.failures += 1; e.failures } for e in seen.iter() if e.failures > 0];
}
