//! mistake: took the first 8 bases with Python's slice `[:8]` instead of `[..8]`
//! offending: [:8]
//! category: python-habit
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
    let prefixes: Vec<&str> = records.iter().map(|r| &r.seq[:8]).collect();
    println!("{prefixes:?}");
}
