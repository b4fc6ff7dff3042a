//! mistake: a Python-style colon after the `if` condition
//! offending: :
//! category: syntax
use comprehensions::comp;

fn main() {
    let ages = vec![12, 40, 67];
    let adults = comp![a for a in ages if a >= 18:];
    println!("{adults:?}");
}
