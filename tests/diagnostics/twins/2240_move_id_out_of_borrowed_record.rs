//! mistake: took `r.id` (a `String`) by value out of a record borrowed by `for r in &records`
//! offending: r.id
//! category: ownership

struct FastaRecord {
    id: String,
    seq: String,
}

fn main() {
    let records = vec![
        FastaRecord { id: "chr1_frag".to_string(), seq: "ACGT".repeat(40) },
        FastaRecord { id: "plasmid".to_string(), seq: "GATTACA".repeat(5) },
    ];
    let mut long_ids: Vec<String> = Vec::new();
    for r in &records {
        if r.seq.len() >= 100 {
            long_ids.push(r.id);
        }
    }
    println!("{long_ids:?} of {} records", records.len());
}
