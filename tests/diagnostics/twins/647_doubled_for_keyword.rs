//! mistake: leaves a duplicated `for` after an edit
//! category: syntax
fn main() {
    let mut squares = Vec::new();
    for for x in 1..10 {
        squares.push(x * x);
    }
    println!("{squares:?}");
}
