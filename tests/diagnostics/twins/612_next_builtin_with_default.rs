//! mistake: Python's `next(it, None)` builtin on an iterator chain (hand-written)
struct Host {
    name: &'static str,
    up: bool,
}

fn main() {
    let hosts = vec![Host { name: "db1", up: false }, Host { name: "db2", up: true }];
    let primary = next(hosts.iter().filter(|h| h.up).map(|h| h.name), None);
    println!("{primary:?}");
}
