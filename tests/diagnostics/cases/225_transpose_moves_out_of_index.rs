//! mistake: transposing CSV rows of `String`s, `[[row[i] for row in rows] for i in range(n)]`, moves out of an index
//! offending: row[i]
//! category: ownership
use comprehensions::comp;

fn main() {
    let rows: Vec<Vec<String>> = vec![
        vec!["id".into(), "name".into()],
        vec!["1".into(), "ann".into()],
    ];
    let n = rows[0].len();
    // Python: columns = [[row[i] for row in rows] for i in range(n)]
    let columns: Vec<Vec<String>> = comp![[row[i] for row in &rows] for i in 0..n];
    println!("{columns:?}");
}
