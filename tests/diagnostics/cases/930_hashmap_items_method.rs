//! mistake: inverted a map with Python's `dict.items()`, which `HashMap` spells `iter()`
//! offending: items
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct Scores {
    by_name: HashMap<String, u32>,
}

impl Scores {
    fn by_score(&self) -> HashMap<u32, String> {
        comp!({*v: k.clone() for (k, v) in self.by_name.items()})
    }
}

fn main() {
    let s = Scores { by_name: HashMap::from([("ann".to_string(), 3)]) };
    println!("{:?}", s.by_score());
}
