//! mistake: a conditional element whose branches are a `String` and a `&str`
//! offending: "none"
//! category: type
use comprehensions::comp;

fn main() {
    let counts = vec![0, 3, 12];
    let labels = comp![n.to_string() if n > 0 else "none" for n in counts];
    println!("{labels:?}");
}
