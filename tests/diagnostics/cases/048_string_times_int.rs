//! mistake: Python's `"-" * width` to repeat a string
//! offending: "-" * w
//! category: python-habit
use comprehensions::comp;

fn main() {
    let widths = vec![3, 5, 2];
    let rules = comp!["-" * w for w in widths];
    println!("{}", rules.join("+"));
}
