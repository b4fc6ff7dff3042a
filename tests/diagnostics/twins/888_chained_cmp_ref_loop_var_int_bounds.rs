//! mistake: `0 <= x && x < 10` where `x` is a `&i32` from `.iter()` and the bounds are integers
//! offending: 0 <= x
//! category: type
fn main() {
    let digits = vec![3, 12, -1, 7];
    let mut valid = Vec::new();
    for x in digits.iter() {
        if 0 <= x && x < 10 {
            valid.push(x);
        }
    }
    println!("{valid:?}");
}
