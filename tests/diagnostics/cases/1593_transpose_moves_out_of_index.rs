//! mistake: transposing a table of `String` cells with `row[i]`, which moves out of the `Vec`
//! offending: row[i]
//! category: ownership
use comprehensions::comp;

fn main() {
    let matrix: Vec<Vec<String>> = vec![
        vec!["id".into(), "name".into()],
        vec!["1".into(), "ann".into()],
    ];
    let cols = comp![[row[i] for row in &matrix] for i in 0..2];
    println!("{cols:?}");
}
