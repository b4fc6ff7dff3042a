//! mistake: `.join(",")` on a `Vec<i32>` (hand-written)
fn main() {
    let ids = vec![4, 8, 15];
    let csv = ids.iter().map(|i| i * 2).collect::<Vec<i32>>().join(",");
    println!("{csv}");
}
