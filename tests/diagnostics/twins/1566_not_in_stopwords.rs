//! mistake: Python's `not in` to drop stop words from a log message
//! offending: not in
//! category: python-habit
use std::collections::HashSet;

fn main() {
    let stop: HashSet<&str> = ["the", "a", "of"].into_iter().collect();
    let line = "the rate of the errors rose";
    let mut words = Vec::new();
    for w in line.split(' ') {
        if w not in stop {
            words.push(w);
        }
    }
    println!("{words:?}");
}
