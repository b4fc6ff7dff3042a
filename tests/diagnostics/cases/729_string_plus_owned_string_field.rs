//! mistake: concatenates two `String` fields with `+`, as `first + " " + last`, adding an owned `String` on the right
//! offending: r.last
//! category: type
use comprehensions::comp;

struct Person {
    first: String,
    last: String,
}

fn main() {
    let rows = vec![Person { first: "Ada".to_string(), last: "Lovelace".to_string() }];
    let full = comp![r.first.clone() + " " + r.last for r in &rows];
    println!("{full:?}");
}
