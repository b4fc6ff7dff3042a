//! mistake: Python's first + " " + last with both names borrowed (&String + &str)
//! offending: first + " "
//! category: type
use comprehensions::comp;

fn main() {
    let people = vec![("Ada".to_string(), "Lovelace".to_string())];
    let full = comp![first + " " + last for (first, last) in &people];
    println!("{full:?}");
}
