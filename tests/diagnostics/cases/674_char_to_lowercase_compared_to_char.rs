//! mistake: compares `c.to_lowercase()` (an iterator of chars) with a `char`, as Python's `c.lower() == 'a'`
//! offending: c.to_lowercase() == 'a'
//! category: type
use comprehensions::comp;

fn main() {
    let name = "Ada Lovelace";
    let a_positions = comp![i for (i, c) in name.chars().enumerate() if c.to_lowercase() == 'a'];
    println!("{a_positions:?}");
}
