//! mistake: filters out empty fields with `f != ''`, Python's empty string in single quotes, an empty char literal in Rust
//! offending: ''
//! category: python-habit
use comprehensions::comp;

fn main() {
    let row = "a,,b,c,,";
    let fields = comp![f for f in row.split(',') if f != ''];
    println!("{fields:?}");
}
