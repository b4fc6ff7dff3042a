//! mistake: a `&str` slice of the CSV line used as the key of a `HashMap<String, u32>`
//! offending: name: age
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let csv = "ann,31\nbob,27";
    let ages: HashMap<String, u32> =
        comp!({name: age.parse().unwrap() for (name, age) in csv.lines().filter_map(|l| l.split_once(','))});
    println!("{ages:?}");
}
