//! mistake: `for mut v in ..` with a `v` that is never mutated
//! offending: mut v
//! category: lint
use comprehensions::comp;

fn main() {
    let readings = vec![1.5, 2.5];
    let scaled = comp![v * 2.0 for mut v in readings];
    println!("{scaled:?}");
}
