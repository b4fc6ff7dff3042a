//! mistake: indexing a Vec with an `i32` loop variable
//! offending: row[i]
//! category: type
use comprehensions::comp;

fn main() {
    let n: i32 = 3;
    let row = vec![10, 20, 30];
    let picked = comp![row[i] for i in 0..n if i != 1];
    println!("{picked:?}");
}
