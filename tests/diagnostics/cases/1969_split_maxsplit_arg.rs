//! mistake: passed Python's maxsplit argument, `line.split("=", 1)`, instead of `splitn(2, '=')` or `split_once`
//! offending: split("=", 1)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = "name=web=01\nport=8080";
    let parts: Vec<Vec<&str>> = comp![line.split("=", 1).collect() for line in text.lines()];
    println!("{parts:?}");
}
