//! mistake: compared each byte of `line.bytes()` with the char literal `','` instead of the byte literal `b','`
//! offending: ','
//! category: type
use comprehensions::comp;

fn main() {
    let line = "a,b,,c";
    let comma_positions: Vec<usize> = comp![i for (i, b) in line.bytes().enumerate() if b == ','];
    println!("{comma_positions:?}");
}
