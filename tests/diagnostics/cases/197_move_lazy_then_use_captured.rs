//! mistake: using a String after a `move` lazy comprehension took it
//! offending: prefix
//! category: ownership
use comprehensions::comp;

fn main() {
    let prefix = String::from("user-");
    let ids = vec![1, 2, 3];
    let keys = comp!(move (format!("{prefix}{i}") for i in ids));
    println!("prefix {prefix}: {:?}", keys.collect::<Vec<_>>());
}
