use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![x, x * 2 for x in xs];
    // In braces, the comma may be a set's tuple or a dict's `:`.
    let catalog = vec![("A-1".to_string(), 1299_u64)];
    let _: HashMap<String, u64> = comp!({sku.clone(), *cents for (sku, cents) in &catalog});
}
