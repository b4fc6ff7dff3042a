//! mistake: half-typed loop pattern, `for (k, v in pairs` with the tuple pattern's `)` missing
//! offending: (k, v in pairs
//! category: syntax
use comprehensions::comp;

fn main() {
    let pairs = vec![("a", 1), ("b", 2)];
    let keys = comp![k for (k, v in pairs if v > 1];
    println!("{keys:?}");
}
