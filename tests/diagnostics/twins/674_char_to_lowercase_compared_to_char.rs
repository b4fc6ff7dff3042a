//! mistake: compares `c.to_lowercase()` (an iterator of chars) with a `char`, as Python's `c.lower() == 'a'`
//! offending: c.to_lowercase() == 'a'
//! category: type

fn main() {
    let name = "Ada Lovelace";
    let mut a_positions = Vec::new();
    for (i, c) in name.chars().enumerate() {
        if c.to_lowercase() == 'a' {
            a_positions.push(i);
        }
    }
    println!("{a_positions:?}");
}
