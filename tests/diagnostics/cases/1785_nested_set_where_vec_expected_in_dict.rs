//! mistake: Python's `{c: {i.name for i in items if i.cat == c} for c in cats}` kept, with the value annotated `Vec` (a nested set where a list is expected)
//! offending: {i.name for i in &items if i.cat == c}
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Item {
    name: &'static str,
    cat: &'static str,
}

fn main() {
    let items = vec![
        Item { name: "apple", cat: "fruit" },
        Item { name: "leek", cat: "veg" },
        Item { name: "pear", cat: "fruit" },
    ];
    let cats = vec!["fruit", "veg"];
    let by_cat: HashMap<&str, Vec<&str>> = comp!({c: {i.name for i in &items if i.cat == c} for c in cats});
    println!("{by_cat:?}");
}
