//! mistake: a closure unpacks `(id, name)` but uses only `id` (hand-written)
fn main() {
    let rows = vec![(7, "ann".to_string()), (9, "bo".to_string())];
    let max_id = rows.iter().map(|(id, name)| *id).max();
    println!("{max_id:?}");
}
