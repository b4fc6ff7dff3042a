//! mistake: Python's `any(t < 0 for t in temps)` as `.any()` on a generator of bools: Rust's `any` takes the predicate
//! offending: any()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let temps = vec![3.5, -1.0, 7.25];
    let has_frost = comp!((*t < 0.0 for t in &temps)).any();
    println!("{has_frost}");
}
