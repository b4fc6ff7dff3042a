//! mistake: `w[0] == w[1] && w[1] == t` where `t` is a `&i32` from `&targets` and the window items are `i32`
//! offending: w[1] == t
//! category: type
fn main() {
    let readings = vec![3, 3, 5, 5, 5, 2];
    let targets = vec![3, 5];
    let mut repeats = Vec::new();
    for t in &targets {
        for (i, w) in readings.windows(2).enumerate() {
            if w[0] == w[1] && w[1] == t {
                repeats.push((i, t));
            }
        }
    }
    println!("{repeats:?}");
}
