use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let config: HashMap<&str, i32> = HashMap::new();
    let required = ["host", "port"];
    let _missing = comp![k for k in required if !(k in config)];
}
