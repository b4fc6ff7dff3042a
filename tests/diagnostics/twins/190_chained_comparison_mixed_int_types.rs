//! mistake: `0 <= i && i < v.len()` with `i: i32` (hand-written)
fn main() {
    let v = vec!["a", "b", "c"];
    let offsets: Vec<i32> = vec![-1, 0, 2, 5];
    let mut picked = Vec::new();
    for i in offsets {
        if 0 <= i && i < v.len() {
            picked.push(v[i as usize]);
        }
    }
    println!("{picked:?}");
}
