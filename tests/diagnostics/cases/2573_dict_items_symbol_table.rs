//! mistake: iterated a `HashMap` with Python's `.items()` to invert the symbol table
//! offending: items
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let slots: HashMap<String, u16> =
        HashMap::from([("argc".to_string(), 0), ("argv".to_string(), 1), ("env".to_string(), 2)]);
    let by_slot: HashMap<u16, &String> = comp!({*slot: name for (name, slot) in slots.items()});
    println!("{by_slot:?}");
}
