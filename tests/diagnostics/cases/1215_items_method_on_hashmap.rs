//! mistake: Python's `for name, score in self.scores.items()` kept as `.items()`: a `HashMap` is iterated with `.iter()` (or `&self.scores`)
//! offending: items
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct Gradebook {
    scores: HashMap<String, u32>,
}

impl Gradebook {
    fn passing(&self) -> Vec<String> {
        comp![name.clone() for (name, score) in self.scores.items() if *score >= 50]
    }
}

fn main() {
    let book = Gradebook { scores: HashMap::from([("ann".to_string(), 71), ("bob".to_string(), 42)]) };
    println!("{:?}", book.passing());
}
