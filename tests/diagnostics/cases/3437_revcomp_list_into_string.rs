//! mistake: assigned the list of complemented bases to a `String`, as Python's `''.join([...])` would give
//! offending: comp![complement(b) for b in seq.chars().rev()]
//! category: type
use comprehensions::comp;

fn complement(b: char) -> char {
    match b {
        'A' => 'T',
        'T' => 'A',
        'C' => 'G',
        'G' => 'C',
        other => other,
    }
}

fn main() {
    let seq = "ATGCCGTA";
    let rc: String = comp![complement(b) for b in seq.chars().rev()];
    println!("{rc}");
}
