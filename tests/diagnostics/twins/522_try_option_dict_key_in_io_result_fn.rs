//! offending: names.get(p)?
use std::collections::HashMap;
use std::fs;
use std::io;

fn load(paths: &[&str], names: &HashMap<&str, String>) -> io::Result<HashMap<String, String>> {
    let mut out = HashMap::new();
    for p in paths {
        out.insert(names.get(p)?.clone(), fs::read_to_string(p)?);
    }
    Ok(out)
}

fn main() {
    let names = HashMap::from([("/etc/hostname", "host".to_string())]);
    println!("{:?}", load(&["/etc/hostname"], &names).map(|m| m.len()));
}
