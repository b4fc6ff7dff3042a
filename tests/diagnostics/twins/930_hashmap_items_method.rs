//! mistake: inverted a map with Python's `dict.items()`, which `HashMap` spells `iter()`
//! offending: items
//! category: python-habit
use std::collections::HashMap;

struct Scores {
    by_name: HashMap<String, u32>,
}

impl Scores {
    fn by_score(&self) -> HashMap<u32, String> {
        self.by_name.items().map(|(k, v)| (*v, k.clone())).collect()
    }
}

fn main() {
    let s = Scores { by_name: HashMap::from([("ann".to_string(), 3)]) };
    println!("{:?}", s.by_score());
}
