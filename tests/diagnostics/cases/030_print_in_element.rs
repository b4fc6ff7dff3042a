//! mistake: Python's `[print(x) for x in xs]` side-effect comprehension
//! offending: print
//! category: python-habit
use comprehensions::comp;

fn main() {
    let errors = vec!["disk full", "timeout"];
    let _ = comp![print(e) for e in &errors];
}
