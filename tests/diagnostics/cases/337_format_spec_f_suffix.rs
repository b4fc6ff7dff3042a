//! mistake: Python's format spec `{:.2f}` (with the `f` type letter) in `format!`
//! offending: {:.2f}
//! category: python-habit
use comprehensions::comp;

fn main() {
    let prices = vec![("tea", 2.5), ("cake", 3.75)];
    // Python: lines = ["{}: {:.2f}".format(name, p) for name, p in prices]
    let lines = comp![format!("{}: {:.2f}", name, p) for (name, p) in &prices];
    println!("{lines:?}");
}
