//! mistake: moved `r.id` into the tuple and then took its length in the same tuple
//! offending: r.id.len()
//! category: ownership
use comprehensions::comp;

#[derive(Debug, Clone)]
struct Record {
    id: String,
    seq: String,
}

fn parse_fasta(text: &str) -> Vec<Record> {
    let mut out = Vec::new();
    for block in text.split('>').filter(|b| !b.trim().is_empty()) {
        let mut lines = block.lines();
        let id = lines.next().unwrap_or("").trim().to_string();
        let seq: String = lines.map(str::trim).collect();
        out.push(Record { id, seq });
    }
    out
}

const FASTA: &str = ">seq1 human TP53\nACGTACGTNNATG\nGGCCATG\n>seq2 mouse Trp53\nTTGACCANNN\n>seq3 rat\nATGCCCGGGTTTAAA\n";

fn main() {
    let records = parse_fasta(FASTA);
    let ids = comp![(r.id, r.id.len()) for r in records];
    println!("{ids:?}");
}
