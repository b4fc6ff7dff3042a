//! mistake: moved `h.name` out of a host borrowed by `for h in &hosts`
//! offending: h.name
//! category: ownership
use comprehensions::comp;

struct Host {
    name: String,
    up: bool,
}

fn main() {
    let hosts = vec![Host { name: "edge-1".into(), up: false }, Host { name: "edge-2".into(), up: true }];
    let names: Vec<String> = comp![h.name for h in &hosts if !h.up];
    println!("{names:?} of {}", hosts.len());
}
