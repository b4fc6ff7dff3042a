//! mistake: a let chain `if let Some(x) = o && x > 0` (unstable on this edition) in a filter
//! offending: if let Some(q) = o && q > 0
//! category: syntax

fn main() {
    let stock: Vec<Option<u32>> = vec![Some(3), None, Some(0), Some(8)];
    let mut in_stock = Vec::new();
    for o in stock {
        if let Some(q) = o && q > 0 {
            in_stock.push(q);
        }
    }
    println!("{in_stock:?}");
}
