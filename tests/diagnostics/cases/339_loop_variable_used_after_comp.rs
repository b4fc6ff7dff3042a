//! mistake: reading the loop variable after the comprehension, as a Python `for` loop (or a Python 2 list comprehension) leaks it
//! offending: req)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let lines = vec!["GET /", "POST /login", "GET /about"];
    let lens = comp![req.len() for req in &lines];
    println!("{lens:?}, last one was {}", req);
}
