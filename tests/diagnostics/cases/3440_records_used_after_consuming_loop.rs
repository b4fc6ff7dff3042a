//! mistake: iterated the records by value and then used them again afterwards
//! offending: records.len()
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
    let ids = comp![r.id for r in records if r.seq.len() > 10];
    println!("{} of {} records are long: {ids:?}", ids.len(), records.len());
}
