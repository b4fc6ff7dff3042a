//! mistake: converted digit characters to numbers with C's `c - '0'`
//! offending: c - '0'
//! category: type
use comprehensions::comp;

fn main() {
    let literal = "80386";
    let digits: Vec<u32> = comp![c - '0' for c in literal.chars() if c.is_ascii_digit()];
    println!("{digits:?}");
}
