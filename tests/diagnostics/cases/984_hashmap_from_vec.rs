//! mistake: `HashMap::from` given a list comprehension of pairs (it takes an array; a dict display or `collect` is meant)
//! offending: HashMap::from
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let lines = vec!["alice=admin", "bob=viewer", "broken"];
    let roles: HashMap<&str, &str> = HashMap::from(comp![(k, v) for line in &lines if let Some((k, v)) = line.split_once('=')]);
    println!("{roles:?}");
}
