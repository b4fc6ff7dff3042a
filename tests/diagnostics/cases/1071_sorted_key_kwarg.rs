//! mistake: Python's sorted(xs, key=...) as the iterable
//! offending: sorted(scores, key=|p| p.1)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let scores = vec![("ann", 91), ("bob", 78), ("cy", 85)];
    let ranking = comp![name for (name, _) in sorted(scores, key=|p| p.1)];
    println!("{ranking:?}");
}
