//! mistake: `?` on `HashMap::get` (Option) in the key of a dict comprehension returned as `io::Result<..>`
//! offending: names.get(p)?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;
use std::fs;
use std::io;

fn load(paths: &[&str], names: &HashMap<&str, String>) -> io::Result<HashMap<String, String>> {
    comp!({names.get(p)?.clone(): fs::read_to_string(p)? for p in paths})
}

fn main() {
    let names = HashMap::from([("/etc/hostname", "host".to_string())]);
    println!("{:?}", load(&["/etc/hostname"], &names).map(|m| m.len()));
}
