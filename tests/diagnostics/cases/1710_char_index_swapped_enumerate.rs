//! mistake: `for (c, i) in s.chars().enumerate()`, the enumerate pair swapped, into a `HashMap<char, usize>`
//! offending: c: i
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let alphabet = "abcdefghijklmnopqrstuvwxyz";
    let index: HashMap<char, usize> = comp!({c: i for (c, i) in alphabet.chars().enumerate()});
    println!("{:?}", index.get(&'q'));
}
