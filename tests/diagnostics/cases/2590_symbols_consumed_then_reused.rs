//! mistake: iterated the symbol vector by value, then used it again to report its size
//! offending: symbols.len()
//! category: ownership
use comprehensions::comp;

struct Symbol {
    name: String,
    is_global: bool,
}

fn main() {
    let symbols = vec![
        Symbol { name: "main".into(), is_global: true },
        Symbol { name: "tmp0".into(), is_global: false },
    ];
    let exported = comp![s.name for s in symbols if s.is_global];
    println!("exported {} of {} symbols: {exported:?}", exported.len(), symbols.len());
}
