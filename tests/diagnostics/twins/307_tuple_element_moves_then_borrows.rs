//! mistake: `(name, name.to_uppercase())` over owned Strings (hand-written)
fn main() {
    let names = vec!["ann".to_string(), "bo".to_string()];
    let pairs: Vec<(String, String)> = names.into_iter().map(|name| (name, name.to_uppercase())).collect();
    println!("{pairs:?}");
}
