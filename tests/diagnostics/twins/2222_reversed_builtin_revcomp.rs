//! mistake: walked the sequence backwards with Python's `reversed(..)` instead of `.rev()`
//! offending: reversed
//! category: python-habit

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
    let mut rc: Vec<char> = Vec::new();
    for b in reversed(seq.chars()) {
        rc.push(complement(b));
    }
    let rc: String = rc.into_iter().collect();
    println!("{seq}\n{rc}");
}
