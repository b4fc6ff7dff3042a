//! mistake: moved `h.name` out of a host borrowed by `for h in &hosts`
//! offending: h.name
//! category: ownership

struct Host {
    name: String,
    up: bool,
}

fn main() {
    let hosts = vec![Host { name: "edge-1".into(), up: false }, Host { name: "edge-2".into(), up: true }];
    let names: Vec<String> = hosts.iter().filter(|h| !h.up).map(|h| h.name).collect();
    println!("{names:?} of {}", hosts.len());
}
