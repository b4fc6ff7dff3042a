//! mistake: `s.parse().unwrap()` with nothing telling `parse` which type
//! offending: parse
//! category: type
use comprehensions::comp;

fn main() {
    let fields = "3 14 15".split(' ');
    let numbers = comp![f.parse().unwrap() for f in fields];
    println!("{numbers:?}");
}
