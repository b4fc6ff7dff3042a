//! mistake: `len()` of a generator expression (Python raises TypeError: object of type 'generator' has no len())
//! offending: len
//! category: python-habit
use comprehensions::comp;

fn main() {
    let codes = vec![200, 404, 500, 503];
    let errors = comp!((c for c in &codes if *c >= 500));
    println!("{} server errors", errors.len());
}
