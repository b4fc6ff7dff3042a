//! mistake: an inner `for` over `c.to_digit(10)`, an `Option`, to keep only the digits of a line
//! offending: c.to_digit(10)
//! category: lint
fn main() {
    let line = "a1b2c3d";
    let mut digits = Vec::new();
    for c in line.chars() {
        for d in c.to_digit(10) {
            digits.push(d);
        }
    }
    println!("{digits:?}");
}
