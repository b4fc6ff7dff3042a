//! mistake: measured each padded sequence with Python's `len(seq)` builtin
//! offending: len(seq)
//! category: python-habit
use comprehensions::comp;

struct Batch {
    input_ids: Vec<Vec<u32>>,
}

fn main() {
    let batch = Batch {
        input_ids: vec![vec![101, 2023, 102], vec![101, 7592, 2088, 999, 102]],
    };
    let lengths = comp![len(seq) for seq in &batch.input_ids];
    let max_len = lengths.iter().copied().max().unwrap_or(0);
    println!("{lengths:?} -> pad to {max_len}");
}
