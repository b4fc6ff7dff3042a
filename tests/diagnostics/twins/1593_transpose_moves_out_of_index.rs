//! mistake: transposing a table of `String` cells with `row[i]`, which moves out of the `Vec`
//! offending: row[i]
//! category: ownership
fn main() {
    let matrix: Vec<Vec<String>> = vec![
        vec!["id".into(), "name".into()],
        vec!["1".into(), "ann".into()],
    ];
    let cols: Vec<Vec<String>> = (0..2).map(|i| matrix.iter().map(|row| row[i]).collect()).collect();
    println!("{cols:?}");
}
