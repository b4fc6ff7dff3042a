//! mistake: a tuple element whose closing parenthesis was not typed yet
//! offending: (y, x
//! category: syntax
use comprehensions::comp;

fn main() {
    let pts = vec![(1, 2), (3, 4)];
    let swapped = comp![(y, x for (x, y) in pts];
    println!("{swapped:?}");
}
