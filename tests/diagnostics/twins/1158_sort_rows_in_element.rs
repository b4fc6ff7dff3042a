//! mistake: sorts each borrowed row in place to take its median, translating Python's `sorted(row)[len(row) // 2]`
//! offending: row.sort()
//! category: python-habit
fn main() {
    let rows: Vec<Vec<u32>> = vec![vec![5, 1, 3], vec![9, 7, 8]];
    let mut medians = Vec::new();
    for row in &rows {
        if !row.is_empty() {
            row.sort();
            medians.push(row[row.len() / 2]);
        }
    }
    println!("{medians:?}");
}
