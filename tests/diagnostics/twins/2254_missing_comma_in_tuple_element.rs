//! mistake: left out a comma between two items of the tuple element
//! offending: r.seq.len() r.mean_quality
//! category: syntax

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
    let summary: Vec<(&str, usize, f64)> =
        records.iter().map(|r| (r.id.as_str(), r.seq.len() r.mean_quality)).collect();
    for (id, len, q) in summary {
        println!("{id}\t{len}\t{q:.1}");
    }
}
