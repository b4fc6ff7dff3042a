//! mistake: a matrix transpose of `String` cells that moves `row[i]` out of a borrowed row
//! offending: row[i]
//! category: ownership

fn main() {
    let table: Vec<Vec<String>> = vec![
        vec!["id".into(), "name".into()],
        vec!["1".into(), "ann".into()],
    ];
    let mut columns = Vec::new();
    for i in 0..table[0].len() {
        let mut col = Vec::new();
        for row in &table {
            col.push(row[i]);
        }
        columns.push(col);
    }
    println!("{columns:?}");
}
