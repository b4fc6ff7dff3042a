//! mistake: using a Vec after the comprehension consumed it (no `&` in the iterable)
//! offending: names
//! category: ownership
use comprehensions::comp;

fn main() {
    let names = vec!["Ada".to_string(), "Linus".to_string()];
    let upper = comp![n.to_uppercase() for n in names];
    println!("{} names: {upper:?}", names.len());
}
