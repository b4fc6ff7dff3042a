//! mistake: unpacks `enumerate(zip(..))` as a flat `(i, name, score)`, where each item is `(i, (name, score))`
//! offending: (i, name, score)
//! category: type
use comprehensions::comp;

fn main() {
    let names = vec!["ann", "bob"];
    let scores = vec![91, 78];
    let ranked = comp![format!("{}. {name}: {score}", i + 1)
        for (i, name, score) in names.iter().zip(&scores).enumerate()];
    println!("{ranked:?}");
}
