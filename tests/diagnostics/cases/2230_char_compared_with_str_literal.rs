//! mistake: compared a `char` from `.chars()` with the string literal `"N"` (Python has no char type)
//! offending: b == "N"
//! category: type
use comprehensions::comp;

fn main() {
    let contig = "ACGTNNNNACGTTTGNNACG";
    // Python: gaps = [i for i, b in enumerate(contig) if b == "N"]
    let gaps: Vec<usize> = comp![i for (i, b) in contig.chars().enumerate() if b == "N"];
    println!("{} gap positions: {:?}", gaps.len(), gaps);
}
