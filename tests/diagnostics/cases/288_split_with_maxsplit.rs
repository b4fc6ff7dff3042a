//! mistake: Python's `line.split("=", 1)` (maxsplit) to split a config line once
//! offending: split("=", 1)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let lines = vec!["host=example.org", "query=a=b"];
    // Python: [line.split("=", 1) for line in lines]
    let parts = comp![line.split("=", 1).collect::<Vec<_>>() for line in &lines];
    println!("{parts:?}");
}
