//! mistake: incrementing an outer counter not declared `mut` inside the element (hand-written)
fn main() {
    let next_id = 100;
    let names = vec!["a", "b"];
    let mut rows = Vec::new();
    for n in names {
        rows.push({ next_id += 1; (next_id, n) });
    }
    println!("{rows:?}");
}
