//! mistake: indexing a Vec with an `i32` loop variable (hand-written)
//! offending: row[i]
fn main() {
    let n: i32 = 3;
    let row = vec![10, 20, 30];
    let mut picked = Vec::new();
    for i in 0..n {
        if i != 1 {
            picked.push(row[i]);
        }
    }
    println!("{picked:?}");
}
