//! mistake: `if let n = w.len()` used as a walrus, an irrefutable pattern that never filters
//! offending: let n = w.len()
//! category: lint
use comprehensions::comp;

fn main() {
    let words = vec!["hi", "there"];
    let lens = comp![(w, n) for w in &words if let n = w.len() if n > 2];
    println!("{lens:?}");
}
