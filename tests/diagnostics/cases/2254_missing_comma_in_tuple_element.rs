//! mistake: left out a comma between two items of the tuple element
//! offending: r.seq.len() r.mean_quality
//! category: syntax
use comprehensions::comp;

struct FastqRecord {
    id: String,
    seq: String,
    mean_quality: f64,
}

fn main() {
    let records = vec![
        FastqRecord { id: "read_1".to_string(), seq: "ACGTTGCA".to_string(), mean_quality: 34.2 },
        FastqRecord { id: "read_2".to_string(), seq: "GGGTTA".to_string(), mean_quality: 18.9 },
    ];
    // Python: summary = [(r.id, len(r.seq), r.mean_quality) for r in records]
    let summary: Vec<(&str, usize, f64)> = comp![(r.id.as_str(), r.seq.len() r.mean_quality) for r in &records];
    for (id, len, q) in summary {
        println!("{id}\t{len}\t{q:.1}");
    }
}
