//! mistake: `let mut` on an iterator that is only iterated by a `for` loop, which takes it by value
//! offending: mut gen
//! category: lint
fn main() {
    let prices = vec![9.5_f64, 12.0, 3.25];
    let mut gen = prices.iter().map(|p| p * 1.2);
    for gross in gen {
        println!("{gross:.2}");
    }
}
