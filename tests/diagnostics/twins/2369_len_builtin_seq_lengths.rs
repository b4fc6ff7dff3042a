//! mistake: measured each padded sequence with Python's `len(seq)` builtin
//! offending: len(seq)
//! category: python-habit
struct Batch {
    input_ids: Vec<Vec<u32>>,
}

fn main() {
    let batch = Batch {
        input_ids: vec![vec![101, 2023, 102], vec![101, 7592, 2088, 999, 102]],
    };
    let lengths: Vec<usize> = batch.input_ids.iter().map(|seq| len(seq)).collect();
    let max_len = lengths.iter().copied().max().unwrap_or(0);
    println!("{lengths:?} -> pad to {max_len}");
}
