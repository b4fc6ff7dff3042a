//! mistake: collected `&str` names where the annotation asks for `Vec<String>`
//! offending: h.name.as_str()
//! category: type
use comprehensions::comp;

struct Host {
    name: String,
    up: bool,
}

fn main() {
    let hosts = vec![Host { name: "cache-1".into(), up: false }, Host { name: "cache-2".into(), up: true }];
    let names: Vec<String> = comp![h.name.as_str() for h in &hosts if !h.up];
    println!("{names:?}");
}
