//! mistake: `(name, name.to_uppercase())` over owned Strings: the first field moves `name` before the second borrows it
//! offending: name.to_uppercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let names = vec!["ann".to_string(), "bo".to_string()];
    // Python: [(name, name.upper()) for name in names]
    let pairs = comp![(name, name.to_uppercase()) for name in names];
    println!("{pairs:?}");
}
