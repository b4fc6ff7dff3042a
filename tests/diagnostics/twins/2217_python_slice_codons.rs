//! mistake: sliced the codon with Python's `seq[i:i + 3]` instead of a range `seq[i..i + 3]`
//! offending: [i:i + 3]
//! category: python-habit

fn main() {
    let orf = "ATGGCCATTGTAATGGGCCGCTGA";
    let codons: Vec<&str> = (0..orf.len() - 2).step_by(3).map(|i| &orf[i:i + 3]).collect();
    println!("{}", codons.join(" "));
}
