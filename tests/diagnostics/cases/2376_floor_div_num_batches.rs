//! mistake: computed the number of batches per shard with Python's floor division `//`, a comment in Rust
//! offending: //
//! category: python-habit
use comprehensions::comp;

fn main() {
    let shard_sizes: Vec<usize> = vec![1000, 1250, 999];
    let batch_size = 64;
    let n_batches = comp![(n + batch_size - 1) // batch_size for n in &shard_sizes];
    println!("{n_batches:?}");
}
