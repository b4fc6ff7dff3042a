//! mistake: a binding clause written as a Python assignment, `y = x * 3`, without `let`
//! offending: y = x * 3
//! category: syntax
use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 5];
    let big = comp![y for x in &xs y = x * 3 if y > 4];
    println!("{big:?}");
}
