//! mistake: `max()` over a generator of `f64` (Python's max works on floats)
//! offending: max
//! category: type
use comprehensions::comp;

fn main() {
    let readings = vec![("t1", 21.5), ("t2", 23.0)];
    let hottest = comp!((t for (_, t) in &readings)).max();
    println!("{hottest:?}");
}
