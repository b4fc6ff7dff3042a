//! mistake: counted ambiguous bases with Python's `str.count` (`r.seq.count('N')`), which a Rust `String` does not have
//! offending: count('N')
//! category: python-habit

struct Read {
    id: String,
    seq: String,
}

fn main() {
    let reads = vec![
        Read { id: "r1".to_string(), seq: "ACGTNNGCCA".to_string() },
        Read { id: "r2".to_string(), seq: "ATATATGCNA".to_string() },
        Read { id: "r3".to_string(), seq: "GGGCCCATAT".to_string() },
    ];
    let n_counts: Vec<usize> = reads.iter().map(|r| r.seq.count('N')).collect();
    for (r, n) in reads.iter().zip(&n_counts) {
        println!("{}\t{} ambiguous", r.id, n);
    }
}
