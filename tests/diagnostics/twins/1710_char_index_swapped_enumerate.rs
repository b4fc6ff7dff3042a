//! mistake: `for (c, i) in s.chars().enumerate()`, the enumerate pair swapped, into a `HashMap<char, usize>`
//! offending: index.insert(c, i)
//! category: type
use std::collections::HashMap;

fn main() {
    let alphabet = "abcdefghijklmnopqrstuvwxyz";
    let mut index: HashMap<char, usize> = HashMap::new();
    for (c, i) in alphabet.chars().enumerate() {
        index.insert(c, i);
    }
    println!("{:?}", index.get(&'q'));
}
