//! mistake: Python's power operator `x ** 2` in a binding clause
//! offending: x ** 2
//! category: syntax
fn main() {
    let limit = 50;
    let squares = (1..20).map(|x| x ** 2).filter(|&sq| sq < limit).collect::<Vec<_>>();
    println!("{squares:?}");
}
