//! mistake: transposing rows of `String`s moves out of an index (hand-written)
fn main() {
    let rows: Vec<Vec<String>> = vec![
        vec!["id".into(), "name".into()],
        vec!["1".into(), "ann".into()],
    ];
    let n = rows[0].len();
    let columns: Vec<Vec<String>> = (0..n).map(|i| rows.iter().map(|row| row[i]).collect()).collect();
    println!("{columns:?}");
}
