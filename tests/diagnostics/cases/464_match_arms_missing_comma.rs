//! mistake: a match arm in the element lacks its trailing comma
//! offending: 0 'C'
//! category: syntax
use comprehensions::comp;

fn main() {
    let seq = "GATTACA";
    // Python: codes = [{"A": 0, "C": 1, "G": 2}.get(c, 3) for c in seq]
    let codes = comp![match c { 'A' => 0 'C' => 1, 'G' => 2, _ => 3 } for c in seq.chars()];
    println!("{codes:?}");
}
