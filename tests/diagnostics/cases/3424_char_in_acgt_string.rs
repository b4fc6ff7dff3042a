//! mistake: kept only unambiguous bases with Python's `c in "ACGT"` instead of `"ACGT".contains(c)`
//! offending: in "ACGT"
//! category: python-habit
use comprehensions::comp;

fn main() {
    let seq = "ACGTNRYACGT";
    let clean: String = comp![c for c in seq.chars() if c in "ACGT"].into_iter().collect();
    println!("{clean}");
}
