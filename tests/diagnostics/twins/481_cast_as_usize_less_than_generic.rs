//! mistake: `x as usize < limit` in a filter: rustc reads `<` as the start of generic arguments
//! offending: usize < limit
//! category: syntax

fn main() {
    let offsets: Vec<i64> = vec![3, 40, 7, 120];
    let limit: usize = 50;
    let small: Vec<i64> = offsets.into_iter().filter(|&o| o as usize < limit).collect();
    println!("{small:?}");
}
