//! mistake: comparing a borrowed loop variable with an integer literal
//! offending: 0
//! category: type
use comprehensions::comp;

fn main() {
    let balances = vec![120, -40, 0, 75];
    let owing = comp![b.abs() for b in &balances if b < 0];
    println!("{owing:?}");
}
