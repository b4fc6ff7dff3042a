//! mistake: `0 <= s && s <= 100` with integer bounds on `f64` scores (hand-written)
//! offending: 0 <= s && s <= 100
fn main() {
    let scores: Vec<f64> = vec![55.5, 101.0, -3.0];
    let mut valid = Vec::new();
    for s in scores {
        if 0 <= s && s <= 100 {
            valid.push(s);
        }
    }
    println!("{valid:?}");
}
