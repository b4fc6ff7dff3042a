//! mistake: a matrix transpose of `String` cells that moves `row[i]` out of a borrowed row
//! offending: row[i]
//! category: ownership
use comprehensions::comp;

fn main() {
    let table: Vec<Vec<String>> = vec![
        vec!["id".into(), "name".into()],
        vec!["1".into(), "ann".into()],
    ];
    let columns = comp![[row[i] for row in &table] for i in 0..table[0].len()];
    println!("{columns:?}");
}
