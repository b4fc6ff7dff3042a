//! mistake: Python's `//` floor division (a comment in Rust)
//! offending: //
//! category: python-habit
use comprehensions::comp;

fn main() {
    let sizes = vec![10, 15, 20];
    let halves = comp![n // 2 for n in sizes];
    println!("{halves:?}");
}
