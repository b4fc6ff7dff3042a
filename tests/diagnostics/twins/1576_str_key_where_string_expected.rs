//! mistake: a `&str` slice of the CSV line used as the key of a `HashMap<String, u32>`
//! offending: insert(name
//! category: type
use std::collections::HashMap;

fn main() {
    let csv = "ann,31\nbob,27";
    let mut ages: HashMap<String, u32> = HashMap::new();
    for (name, age) in csv.lines().filter_map(|l| l.split_once(',')) {
        ages.insert(name, age.parse().unwrap());
    }
    println!("{ages:?}");
}
