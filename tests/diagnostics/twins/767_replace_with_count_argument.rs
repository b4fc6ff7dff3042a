//! mistake: Python's s.replace(old, new, count) with a third argument (Rust: replacen)
fn main() {
    let keys = vec!["user-id-main", "order-id", "sku"];
    let mut idents = Vec::new();
    for k in &keys {
        idents.push(k.replace("-", "_", 1));
    }
    println!("{idents:?}");
}
