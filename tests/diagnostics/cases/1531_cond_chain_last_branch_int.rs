//! mistake: a chained conditional whose last branch is the number instead of a label
//! offending: else t for
//! category: type
use comprehensions::comp;

fn main() {
    let temps = vec![-5, 0, 22];
    let words = comp!["cold" if t < 0 else "zero" if t == 0 else t for t in temps];
    println!("{words:?}");
}
