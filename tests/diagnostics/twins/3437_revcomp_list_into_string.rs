//! mistake: assigned the list of complemented bases to a `String`, as Python's `''.join([...])` would give
//! offending: seq.chars().rev().map(complement).collect::<Vec<char>>()
//! category: type
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
    let rc: String = seq.chars().rev().map(complement).collect::<Vec<char>>();
    println!("{rc}");
}
