//! mistake: walked the sequence backwards with Python's `reversed(..)` instead of `.rev()`
//! offending: reversed
//! category: python-habit
use comprehensions::comp;

fn complement(base: char) -> char {
    match base {
        'A' => 'T',
        'T' => 'A',
        'G' => 'C',
        'C' => 'G',
        other => other,
    }
}

fn main() {
    let seq = "ATGCGTTAGC";
    // Python: rc = "".join(complement(b) for b in reversed(seq))
    let rc: Vec<char> = comp![complement(b) for b in reversed(seq.chars())];
    let rc: String = rc.into_iter().collect();
    println!("{seq}\n{rc}");
}
