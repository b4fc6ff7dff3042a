//! mistake: Python's chain of a comparison and a membership test, `0 < x in allowed`
//! offending: in allowed
//! category: python-habit
use comprehensions::comp;

fn main() {
    let allowed = vec![1, 2, 3, 5, 8];
    let xs = vec![0, 2, 4, 5];
    let ok = comp![x for x in xs if 0 < x in allowed];
    println!("{ok:?}");
}
