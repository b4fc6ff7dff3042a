//! mistake: took `r.id` (a `String`) by value out of a record borrowed by `for r in &records`
//! offending: r.id
//! category: ownership
use comprehensions::comp;

struct FastaRecord {
    id: String,
    seq: String,
}

fn main() {
    let records = vec![
        FastaRecord { id: "chr1_frag".to_string(), seq: "ACGT".repeat(40) },
        FastaRecord { id: "plasmid".to_string(), seq: "GATTACA".repeat(5) },
    ];
    // Python: long_ids = [r.id for r in records if len(r.seq) >= 100]
    let long_ids: Vec<String> = comp![r.id for r in &records if r.seq.len() >= 100];
    println!("{long_ids:?} of {} records", records.len());
}
