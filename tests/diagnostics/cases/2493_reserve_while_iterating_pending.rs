//! mistake: called a `&mut self` method on the warehouse while iterating its own `pending` list
//! offending: wh.reserve(sku)
//! category: ownership
use comprehensions::comp;

struct Warehouse {
    pending: Vec<&'static str>,
    reserved: Vec<&'static str>,
}

impl Warehouse {
    fn reserve(&mut self, sku: &'static str) -> bool {
        self.reserved.push(sku);
        true
    }
}

fn main() {
    let mut wh = Warehouse { pending: vec!["SKU-1", "SKU-2"], reserved: Vec::new() };
    let ok = comp![wh.reserve(sku) for sku in wh.pending.iter().copied() if !sku.is_empty()];
    println!("{ok:?} {}", wh.reserved.len());
}
