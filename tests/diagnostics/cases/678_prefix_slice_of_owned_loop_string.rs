//! mistake: takes `&name[..3]` of each owned String the loop consumes, so the slices borrow values dropped each iteration
//! offending: &name[..3]
//! category: ownership
use comprehensions::comp;

fn main() {
    let names = vec![String::from("January"), String::from("February"), String::from("March")];
    let short = comp![&name[..3] for name in names];
    println!("{short:?}");
}
