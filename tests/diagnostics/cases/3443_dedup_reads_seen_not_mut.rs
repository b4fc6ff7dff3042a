//! mistake: inserted into a `seen` set declared without `mut` to drop duplicate reads
//! offending: seen.insert
//! category: ownership
use comprehensions::comp;
use std::collections::HashSet;

#[derive(Debug)]
struct Read {
    id: String,
    seq: String,
    qual: String,
}

fn parse_fastq(text: &str) -> Vec<Read> {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .chunks(4)
        .map(|c| Read {
            id: c[0].trim_start_matches('@').to_string(),
            seq: c[1].to_string(),
            qual: c[3].to_string(),
        })
        .collect()
}

const FASTQ: &str = "@r1\nACGTN\n+\nIIII#\n@r2\nGGCCA\n+\n5555I\n";

fn main() {
    let reads = parse_fastq(FASTQ);
    let seen = HashSet::new();
    let unique = comp![r.id.as_str() for r in &reads if seen.insert(r.seq.as_str())];
    println!("{unique:?}");
}
