//! mistake: half-typed `let` clause, `let y =` with the value not written yet
//! offending: let y =
//! category: syntax
use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let ys = comp![y * 2 for x in xs let y =];
    println!("{ys:?}");
}
