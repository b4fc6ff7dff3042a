//! mistake: two loops over the same `Vec<String>`, the first consuming it (hand-written)
//! offending: cities.into_iter().map(|n|
fn main() {
    let cities = vec!["Oslo".to_string(), "Lima".to_string()];
    let upper: Vec<String> = cities.into_iter().map(|c| c.to_uppercase()).collect();
    let lengths: Vec<usize> = cities.into_iter().map(|n| n.len()).collect();
    println!("{upper:?} {lengths:?}");
}
