//! mistake: Python's `[l.strip() for l in open(p).read().splitlines() if l]`: the `&str`s borrow the file's contents, a temporary dropped at the end of the statement
//! offending: fs::read_to_string("hosts.txt").unwrap()
//! category: python-habit
use comprehensions::comp;
use std::fs;

fn main() {
    let hosts = comp![l.trim() for l in fs::read_to_string("hosts.txt").unwrap().lines() if !l.is_empty()];
    for h in &hosts {
        println!("{h}");
    }
}
