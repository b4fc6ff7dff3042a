//! mistake: Python's `first + " " + last` on two `&str`
//! offending: first + " "
//! category: python-habit
use comprehensions::comp;

fn main() {
    let people = vec![("Ada", "Lovelace"), ("Alan", "Turing")];
    let full = comp![first + " " + last for (first, last) in people];
    println!("{full:?}");
}
