//! mistake: Python's max(x, 0) builtin to clamp
//! offending: max(x, 0)
//! category: python-habit
fn main() {
    let deltas = vec![-3, 7, 0, -1, 4];
    let gains: Vec<i32> = deltas.into_iter().map(|x| max(x, 0)).collect();
    println!("{gains:?}");
}
