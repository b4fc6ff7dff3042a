//! mistake: computed the number of batches per shard with Python's floor division `//`, a comment in Rust
//! offending: //
//! category: python-habit
fn main() {
    let shard_sizes: Vec<usize> = vec![1000, 1250, 999];
    let batch_size = 64;
    let n_batches: Vec<usize> = shard_sizes.iter().map(|n| (n + batch_size - 1) // batch_size).collect();
    println!("{n_batches:?}");
}
