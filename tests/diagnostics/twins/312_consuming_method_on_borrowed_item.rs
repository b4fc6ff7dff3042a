//! mistake: calling a consuming method (`into_bytes`) on the `&String` items of `&names` (hand-written)
fn main() {
    let names = vec!["ann".to_string(), "bob".to_string()];
    let raw: Vec<Vec<u8>> = names.iter().map(|n| n.into_bytes()).collect();
    println!("{raw:?} {}", names.len());
}
