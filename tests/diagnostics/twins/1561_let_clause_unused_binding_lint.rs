//! mistake: a `let` clause computes a taxed price that neither the filter nor the element uses
//! offending: taxed
//! category: lint
fn main() {
    let prices = vec![3.5, 12.0, 7.25];
    let mut cheap = Vec::new();
    for p in &prices {
        let taxed = p * 1.2;
        if *p < 10.0 {
            cheap.push(p);
        }
    }
    println!("{cheap:?}");
}
