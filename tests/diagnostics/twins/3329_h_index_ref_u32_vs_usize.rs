//! mistake: compared a `&u32` citation count with a `usize` rank when computing the h-index
//! offending: i + 1
//! category: type
fn main() {
    let mut citations: Vec<u32> = vec![25, 8, 5, 3, 3, 1, 0];
    citations.sort_unstable_by(|a, b| b.cmp(a));
    let mut ranks = Vec::new();
    for (i, c) in citations.iter().enumerate() {
        if *c >= i + 1 {
            ranks.push(i + 1);
        }
    }
    let h_index = ranks.len();
    println!("h-index = {h_index}");
}
