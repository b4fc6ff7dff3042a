//! mistake: moved the same non-`Copy` environment into every call frame
//! offending: globals
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

#[derive(Debug)]
struct Frame {
    func: String,
    globals: HashMap<String, i64>,
}

fn main() {
    let globals: HashMap<String, i64> = HashMap::from([("MAX_DEPTH".to_string(), 64)]);
    let call_stack = vec!["main".to_string(), "eval".to_string(), "apply".to_string()];
    let frames = comp![Frame { func, globals } for func in call_stack];
    println!("{frames:?}");
}
