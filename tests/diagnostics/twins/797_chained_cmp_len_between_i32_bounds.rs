//! mistake: chained comparison with a call in the middle: min_len <= w.len() <= max_len with i32 bounds (len is usize)
fn main() {
    let min_len: i32 = 3;
    let max_len: i32 = 5;
    let words = vec!["a", "tree", "forest", "house"];
    let mut picked = Vec::new();
    for w in &words {
        if min_len <= w.len() && w.len() <= max_len {
            picked.push(*w);
        }
    }
    println!("{picked:?}");
}
