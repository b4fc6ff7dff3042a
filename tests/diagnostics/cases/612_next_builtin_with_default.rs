//! mistake: Python's `next(gen, None)` builtin to take a generator's first item
//! offending: next
//! category: python-habit
use comprehensions::comp;

struct Host {
    name: &'static str,
    up: bool,
}

fn main() {
    let hosts = vec![Host { name: "db1", up: false }, Host { name: "db2", up: true }];
    let primary = next(comp!((h.name for h in &hosts if h.up)), None);
    println!("{primary:?}");
}
