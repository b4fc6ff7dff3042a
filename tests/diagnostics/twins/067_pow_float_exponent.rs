//! mistake: `x.pow(0.5)` with a float exponent (hand-written)
fn main() {
    let areas: Vec<u64> = vec![16, 81];
    let mut sides = Vec::new();
    for a in areas {
        sides.push(a.pow(0.5));
    }
    println!("{sides:?}");
}
