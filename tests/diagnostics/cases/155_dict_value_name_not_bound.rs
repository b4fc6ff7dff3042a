//! mistake: a dict comprehension that binds only one name of the pairs, `{k: v for k in pairs}`
//! offending: v
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let pairs = vec![("host", "localhost"), ("port", "8080")];
    let config: HashMap<&str, &str> = comp!({k: v for k in pairs});
    println!("{config:?}");
}
