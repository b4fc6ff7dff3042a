//! mistake: unpacks `enumerate(zip(..))` as a flat `(i, name, score)`, where each item is `(i, (name, score))`
//! offending: (i, name, score)
//! category: type
fn main() {
    let names = vec!["ann", "bob"];
    let scores = vec![91, 78];
    let mut ranked = Vec::new();
    for (i, name, score) in names.iter().zip(&scores).enumerate() {
        ranked.push(format!("{}. {name}: {score}", i + 1));
    }
    println!("{ranked:?}");
}
