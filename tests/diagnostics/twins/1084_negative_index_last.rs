//! mistake: Python's row[-1] for the last item
//! offending: -1
//! category: python-habit
fn main() {
    let rows = vec![vec![1, 2, 3], vec![4, 5], vec![6]];
    let mut lasts = Vec::new();
    for row in &rows {
        lasts.push(row[-1]);
    }
    println!("{lasts:?}");
}
