//! mistake: running an iterator chain for its side effects with a `.collect::<Vec<_>>()` statement whose result is dropped (hand-written)
//! offending: rows.iter().map(|r| save(r)).collect::<Vec<_>>();
fn save(row: &str) -> usize {
    println!("saving {row}");
    row.len()
}

fn main() {
    let rows = vec!["a,1", "b,2"];
    rows.iter().map(|r| save(r)).collect::<Vec<_>>();
}
