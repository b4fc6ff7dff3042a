//! mistake: iterating a String directly, as Python iterates a str's characters
//! offending: word
//! category: python-habit
use comprehensions::comp;

fn main() {
    let word = String::from("banana");
    let vowels = comp![c for c in word if "aeiou".contains(c)];
    println!("{vowels:?}");
}
