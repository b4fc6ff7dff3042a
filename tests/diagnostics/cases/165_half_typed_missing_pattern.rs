//! mistake: half-typed comprehension, the loop variable after `for` not written yet
//! offending: in
//! category: syntax
use comprehensions::comp;

fn main() {
    let prices = vec![9.99, 20.0, 3.5];
    let with_tax = comp![p * 1.2 for in &prices];
    println!("{with_tax:?}");
}
