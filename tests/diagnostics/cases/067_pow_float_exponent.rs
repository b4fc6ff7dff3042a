//! mistake: `x.pow(0.5)` with a float exponent
//! offending: 0.5
//! category: type
use comprehensions::comp;

fn main() {
    let areas: Vec<u64> = vec![16, 81];
    let sides = comp![a.pow(0.5) for a in areas];
    println!("{sides:?}");
}
