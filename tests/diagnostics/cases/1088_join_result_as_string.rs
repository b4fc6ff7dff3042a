//! mistake: Python's "".join([..]) habit: a list comprehension assigned to a String
//! offending: comp![c.to_ascii_uppercase() for c in name.chars() if c.is_alphabetic()]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let name = "o'brien";
    let key: String = comp![c.to_ascii_uppercase() for c in name.chars() if c.is_alphabetic()];
    println!("{key}");
}
