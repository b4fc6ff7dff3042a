//! mistake: `let mut` on a generator that is only iterated by a `for` loop, which takes it by value
//! offending: mut gen
//! category: lint
use comprehensions::comp;

fn main() {
    let prices = vec![9.5_f64, 12.0, 3.25];
    let mut gen = comp!((p * 1.2 for p in &prices));
    for gross in gen {
        println!("{gross:.2}");
    }
}
