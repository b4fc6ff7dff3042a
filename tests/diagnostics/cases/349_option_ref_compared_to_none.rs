//! mistake: Python's `if r is not None` as `r != None` on the `&Option<f64>` items of `&readings`
//! offending: r != None
//! category: type
use comprehensions::comp;

fn main() {
    let readings: Vec<Option<f64>> = vec![Some(1.5), None, Some(2.0)];
    // Python: present = [r for r in readings if r is not None]
    let present = comp![r for r in &readings if r != None];
    println!("{present:?}");
}
