//! mistake: an iterator chain is indexed like a list
//! offending: squares[0]
//! category: type
fn main() {
    let readings = vec![3.0_f64, 4.5, 1.25];
    let squares = readings.iter().map(|r| r * r);
    println!("first: {}", squares[0]);
}
