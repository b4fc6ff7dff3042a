//! mistake: inverting a dict `{v: k for k, v in ages.items()}` over `&ages` into a `HashMap<u32, String>` (the pairs are references)
//! offending: v
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<String, u32> = HashMap::new();
    ages.insert("ann".to_string(), 31);
    ages.insert("bob".to_string(), 27);
    // Python: by_age = {v: k for k, v in ages.items()}
    let by_age: HashMap<u32, String> = comp!({v: k for (k, v) in &ages});
    println!("{by_age:?}");
}
