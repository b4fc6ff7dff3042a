//! mistake: the `&str`s borrow the file's contents, a temporary dropped at the end of the statement
//! offending: fs::read_to_string("hosts.txt").unwrap()
//! offending: fs::read_to_string("hosts.txt")
//! category: python-habit
use std::fs;

fn main() {
    let hosts: Vec<&str> = fs::read_to_string("hosts.txt")
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.trim())
        .collect();
    for h in &hosts {
        println!("{h}");
    }
}
