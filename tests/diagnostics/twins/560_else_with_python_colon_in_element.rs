//! mistake: a leftover Python block colon after `else` (hand-written)
fn main() {
    let stock = vec![4, -1, 0, 9];
    let clamped: Vec<i32> = stock.iter().map(|&q| if q > 0 { q } else: { 0 }).collect();
    println!("{clamped:?}");
}
