//! mistake: a walrus that rebinds the loop variable to its stripped value, `(line := line.strip())`
//! offending: line :=
//! category: python-habit
use comprehensions::comp;

fn main() {
    let raw = vec!["  a  ", "", " b"];
    let cleaned = comp![line for line in &raw if !(line := line.trim()).is_empty()];
    println!("{cleaned:?}");
}
