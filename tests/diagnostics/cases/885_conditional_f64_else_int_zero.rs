//! mistake: a conditional whose `else` branch is the integer `0` where the other branch is an `f64`
//! offending: 0
//! category: type
use comprehensions::comp;

fn main() {
    let rows = vec![(3.0, 4.0), (1.0, 0.0)];
    let ratios = comp![a / b if b != 0.0 else 0 for (a, b) in rows];
    println!("{ratios:?}");
}
