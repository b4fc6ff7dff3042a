//! mistake: a walrus rebinds `score`, a name bound by the loop's tuple pattern, to normalise it
//! offending: score :=
//! category: python-habit
use comprehensions::comp;

fn main() {
    let results = vec![("ann", 82), ("bob", 47)];
    let passed = comp![name for (name, score) in &results if (score := *score / 10) >= 5];
    println!("{passed:?}");
}
