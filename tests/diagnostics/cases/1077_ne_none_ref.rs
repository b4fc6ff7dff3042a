//! mistake: Python's `x != None` where x is a reference to an Option
//! offending: r != None
//! category: python-habit
use comprehensions::comp;

fn main() {
    let readings: Vec<Option<f64>> = vec![Some(20.5), None, Some(21.0)];
    let present = comp![r.unwrap() for r in &readings if r != None];
    println!("{present:?}");
}
