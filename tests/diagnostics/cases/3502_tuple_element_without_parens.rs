//! mistake: wrote a pair element without its parentheses
//! offending: h.name.clone(), h.up
//! category: syntax
use comprehensions::comp;

struct Host {
    name: String,
    up: bool,
}

fn main() {
    let hosts = vec![Host { name: "lb-1".into(), up: true }];
    let status: Vec<(String, bool)> = comp![h.name.clone(), h.up for h in &hosts];
    println!("{status:?}");
}
