//! mistake: indexed the embedding table with `u32` token ids instead of `usize`
//! offending: embeddings[id]
//! category: type
use comprehensions::comp;

fn main() {
    let dim = 4;
    let embeddings: Vec<Vec<f32>> = (0..10).map(|i| vec![i as f32 * 0.1; dim]).collect();
    let token_ids: Vec<u32> = vec![3, 1, 4, 1, 5];
    let looked_up = comp![embeddings[id].clone() for &id in &token_ids];
    println!("{} vectors of dim {}", looked_up.len(), dim);
}
