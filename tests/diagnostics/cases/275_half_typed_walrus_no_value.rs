//! mistake: half-typed walrus, `(n :=` with the value not written yet
//! offending: :=)
//! category: syntax
use comprehensions::comp;

fn main() {
    let words = vec!["kitten", "dog"];
    let lens = comp![n for w in &words if (n :=) > 3];
    println!("{lens:?}");
}
