//! mistake: kept only unambiguous bases with Python's `c in "ACGT"` instead of `"ACGT".contains(c)`
//! offending: in "ACGT"
//! category: python-habit
fn main() {
    let seq = "ACGTNRYACGT";
    let clean: String = seq.chars().filter(|c| *c in "ACGT").collect();
    println!("{clean}");
}
