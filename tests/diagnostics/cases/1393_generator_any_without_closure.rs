//! mistake: Python's `any(gen)` as `.any()` on a generator of `bool`s, without the predicate closure Rust's `any` takes
//! offending: any()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let readings = vec![98, 101, 97];
    if comp!((r > 100 for r in readings.iter().copied())).any() {
        println!("fever");
    }
}
