//! mistake: `HashMap::from` given a list comprehension of pairs (it takes an array; a dict display or `collect` is meant)
//! offending: HashMap::from
//! category: type
use std::collections::HashMap;

fn main() {
    let lines = vec!["alice=admin", "bob=viewer", "broken"];
    let roles: HashMap<&str, &str> = HashMap::from(lines.iter().filter_map(|line| line.split_once('=')).collect::<Vec<_>>());
    println!("{roles:?}");
}
