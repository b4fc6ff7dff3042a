//! mistake: comparing a borrowed loop variable with an integer literal
//! offending: 0
//! category: type
fn main() {
    let balances = vec![120, -40, 0, 75];
    let mut owing = Vec::new();
    for b in &balances {
        if b < 0 {
            owing.push(b.abs());
        }
    }
    println!("{owing:?}");
}
