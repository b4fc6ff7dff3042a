//! mistake: Python's `n[:3]` as `n[..3]` without `&` (hand-written)
fn main() {
    let names = vec![String::from("Alexander"), String::from("Beatrice")];
    let mut short = Vec::new();
    for n in &names {
        short.push(n[..3]);
    }
    println!("{short:?}");
}
