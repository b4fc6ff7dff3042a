//! mistake: divided an `f64` GC count by the `usize` sequence length, as Python's `/` would
//! offending: gc_count(&r.seq) as f64 / r.seq.len()
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

fn gc_count(seq: &str) -> usize {
    seq.chars().filter(|c| *c == 'G' || *c == 'C').count()
}

fn main() {
    let records = parse_fasta(FASTA);
    let gc: Vec<(&str, f64)> = records
        .iter()
        .map(|r| (r.id.as_str(), gc_count(&r.seq) as f64 / r.seq.len()))
        .collect();
    println!("{gc:?}");
}
