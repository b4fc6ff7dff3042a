//! mistake: .chunks(n) items (slices) collected as Vec<Vec<u32>> without .to_vec()
//! offending: push(chunk)
fn main() {
    let ids: Vec<u32> = (1..=7).collect();
    let mut batches: Vec<Vec<u32>> = Vec::new();
    for chunk in ids.chunks(3) {
        batches.push(chunk);
    }
    println!("{batches:?}");
}
