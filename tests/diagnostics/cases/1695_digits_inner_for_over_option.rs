//! mistake: an inner `for` over `c.to_digit(10)`, an `Option`, to keep only the digits of a line
//! offending: c.to_digit(10)
//! category: lint
use comprehensions::comp;

fn main() {
    let line = "a1b2c3d";
    let digits = comp![d for c in line.chars() for d in c.to_digit(10)];
    println!("{digits:?}");
}
