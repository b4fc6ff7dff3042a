//! mistake: compared a `char` base with the string literal `"N"`, as in Python where both are `str`
//! offending: "N"
//! category: type
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
    let n_sites = comp![(r.id.as_str(), i) for r in &records for (i, b) in r.seq.chars().enumerate() if b == "N"];
    println!("{n_sites:?}");
}
