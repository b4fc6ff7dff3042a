//! mistake: `break` in the element to stop at the blank line that ends HTTP headers
//! offending: break
//! category: python-habit
use comprehensions::comp;

fn main() {
    let raw = "Host: a.org\nAccept: */*\n\nbody";
    let headers = comp![{ if line.is_empty() { break; } line } for line in raw.lines()];
    println!("{headers:?}");
}
