//! mistake: Python's s.replace(old, new, count) with a third argument (Rust: replacen)
//! offending: replace("-", "_", 1)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let keys = vec!["user-id-main", "order-id", "sku"];
    let idents = comp![k.replace("-", "_", 1) for k in &keys];
    println!("{idents:?}");
}
