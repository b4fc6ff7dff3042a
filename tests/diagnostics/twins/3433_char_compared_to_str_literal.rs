//! mistake: compared a `char` base with the string literal `"N"`, as in Python where both are `str`
//! offending: "N"
//! category: type
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
    let mut n_sites: Vec<(&str, usize)> = Vec::new();
    for r in &records {
        for (i, b) in r.seq.chars().enumerate() {
            if b == "N" {
                n_sites.push((r.id.as_str(), i));
            }
        }
    }
    println!("{n_sites:?}");
}
