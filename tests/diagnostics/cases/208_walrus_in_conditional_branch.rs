//! mistake: a walrus inside a branch of the conditional element (Python allows it)
//! offending: (tax := price * 0.2)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let prices = vec![10.0, 0.0, 25.0];
    let gross = comp![price + (tax := price * 0.2) if price > 0.0 else 0.0 for price in prices];
    println!("{gross:?}");
}
