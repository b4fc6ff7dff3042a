//! mistake: an iterator of iterators (rows of a multiplication table) whose inner closure uses the outer variable without `move`
//! offending: |c| c * r
//! category: ownership
fn main() {
    let rows = (1..4).map(|r| (1..4).map(|c| c * r));
    for row in rows {
        let v: Vec<u32> = row.collect();
        println!("{v:?}");
    }
}
