//! mistake: Python's `l.rstrip()` to drop trailing whitespace from each line
//! offending: rstrip
//! category: python-habit
use comprehensions::comp;

fn main() {
    let raw = "alpha  \nbeta\t\ngamma\n";
    // Python: [l.rstrip() for l in raw.splitlines()]
    let lines = comp![l.rstrip() for l in raw.lines()];
    println!("{lines:?}");
}
