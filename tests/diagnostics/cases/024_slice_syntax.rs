//! mistake: Python's slice `line[1:]`
//! offending: [1:]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let lines = vec!["-rw foo", "drw bar"];
    let modes = comp![line[1:] for line in lines];
    println!("{modes:?}");
}
