//! mistake: Python's `"ERROR" in line` substring test
//! offending: in line
//! category: python-habit
use comprehensions::comp;

fn main() {
    let log = "INFO start\nERROR disk full\nINFO done";
    let failures = comp![line for line in log.lines() if "ERROR" in line];
    println!("{failures:?}");
}
