use std::collections::HashMap;

fn main() {
    let mut codes: HashMap<String, u16> = HashMap::new();
    codes.insert("ok".to_string(), 200);
    codes.insert("not_found".to_string(), 404);
    let mut by_code: HashMap<u16, String> = HashMap::new();
    for (k, v) in codes {
        by_code.insert(v, k);
    }
    println!("{} codes, 404 = {}", codes.len(), by_code[&404]);
}
