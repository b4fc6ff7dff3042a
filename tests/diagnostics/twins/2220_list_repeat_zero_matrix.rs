//! mistake: built each row of the distance matrix with Python's list repetition `[0] * n`
//! offending: [0] * n
//! category: python-habit

fn hamming(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).count()
}

fn main() {
    let seqs = ["ACGTACGT", "ACGTTCGT", "TCGTACGA", "ACCTACGT"];
    let n = seqs.len();
    let mut dist: Vec<Vec<usize>> = (0..n).map(|_| [0] * n).collect();
    for i in 0..n {
        for j in 0..n {
            dist[i][j] = hamming(seqs[i], seqs[j]);
        }
    }
    for row in &dist {
        println!("{row:?}");
    }
}
