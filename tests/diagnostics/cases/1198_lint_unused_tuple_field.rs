//! mistake: unpacks `(name, age, city)` as Python's `for name, age, city in people` but never uses `age`
//! offending: age
//! category: lint
use comprehensions::comp;

fn main() {
    let people = vec![("ann".to_string(), 31, "Oslo"), ("bob".to_string(), 42, "Rome")];
    let in_oslo = comp!({name.as_str() for (name, age, city) in &people if *city == "Oslo"});
    println!("{in_oslo:?}");
}
