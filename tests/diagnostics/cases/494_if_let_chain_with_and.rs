//! mistake: a let chain `if let Some(x) = o && x > 0` (unstable on this edition) in a filter
//! offending: if let Some(q) = o && q > 0
//! category: syntax
use comprehensions::comp;

fn main() {
    let stock: Vec<Option<u32>> = vec![Some(3), None, Some(0), Some(8)];
    // Python: [q for q in stock if q is not None and q > 0]
    let in_stock = comp![q for o in stock if let Some(q) = o && q > 0];
    println!("{in_stock:?}");
}
