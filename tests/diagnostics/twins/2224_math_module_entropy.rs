//! mistake: took the logarithm through Python's `math` module (`math.log2(p)`) instead of `p.log2()`
//! offending: math
//! category: python-habit

fn shannon_entropy(column: &str) -> f64 {
    let n = column.len() as f64;
    let probs: Vec<f64> = ['A', 'C', 'G', 'T']
        .iter()
        .map(|b| column.chars().filter(|c| c == b).count() as f64 / n)
        .collect();
    let terms: Vec<f64> = probs.iter().filter(|&&p| p > 0.0).map(|&p| -p * math.log2(p)).collect();
    terms.iter().sum()
}

fn main() {
    let alignment_columns = ["AAAA", "ACGT", "AAGG", "TTTC"];
    for col in alignment_columns {
        println!("{col}\t{:.3} bits", shannon_entropy(col));
    }
}
