//! mistake: sliced the codon with Python's `seq[i:i + 3]` instead of a range `seq[i..i + 3]`
//! offending: [i:i + 3]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let orf = "ATGGCCATTGTAATGGGCCGCTGA";
    // Python: codons = [orf[i:i + 3] for i in range(0, len(orf) - 2, 3)]
    let codons: Vec<&str> = comp![&orf[i:i + 3] for i in (0..orf.len() - 2).step_by(3)];
    println!("{}", codons.join(" "));
}
