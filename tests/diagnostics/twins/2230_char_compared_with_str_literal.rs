//! mistake: compared a `char` from `.chars()` with the string literal `"N"` (Python has no char type)
//! offending: b == "N"
//! category: type

fn main() {
    let contig = "ACGTNNNNACGTTTGNNACG";
    let mut gaps: Vec<usize> = Vec::new();
    for (i, b) in contig.chars().enumerate() {
        if b == "N" {
            gaps.push(i);
        }
    }
    println!("{} gap positions: {:?}", gaps.len(), gaps);
}
