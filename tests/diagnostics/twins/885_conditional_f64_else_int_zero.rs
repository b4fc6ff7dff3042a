//! mistake: an `if` whose `else` branch is the integer `0` where the other branch is an `f64`
//! offending: 0
//! category: type
fn main() {
    let rows = vec![(3.0, 4.0), (1.0, 0.0)];
    let ratios: Vec<f64> = rows.into_iter().map(|(a, b)| if b != 0.0 { a / b } else { 0 }).collect();
    println!("{ratios:?}");
}
