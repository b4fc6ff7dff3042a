//! mistake: `.sort()` on a HashSet built by hand (hand-written)
use std::collections::HashSet;

fn main() {
    let log = vec!["ann login", "bob login", "ann logout"];
    let mut users = HashSet::new();
    for line in &log {
        users.insert(line.split(' ').next().unwrap());
    }
    users.sort();
    println!("{users:?}");
}
