//! mistake: inverting a HashMap iterates it by value, then the original map is used again
//! offending: codes.len()
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut codes: HashMap<String, u16> = HashMap::new();
    codes.insert("ok".to_string(), 200);
    codes.insert("not_found".to_string(), 404);
    // Python: by_code = {v: k for k, v in codes.items()}
    let by_code: HashMap<u16, String> = comp!({v: k for (k, v) in codes});
    println!("{} codes, 404 = {}", codes.len(), by_code[&404]);
}
