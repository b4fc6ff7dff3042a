// A filtered lazy form whose items are not what the caller takes
// (`extend` of a `Vec<String>` with `&str`s): rustc reports the closure's
// return type on the element, as on a hand-written `filter_map` closure's
// tail, not on the whole call. (Here, not in `tests/ui/`: with rayon
// loaded, rustc prints the note's `FilterMap` as `std::iter::FilterMap`.)
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut tags: Vec<String> = vec!["base".to_string()];
    let line = "red, green,,blue";
    tags.extend(comp!((t.trim() for t in line.split(',') if !t.trim().is_empty())));
    let mut counts: HashMap<String, u32> = HashMap::new();
    counts.extend(comp!(((w, 0) for w in line.split(',') if !w.is_empty())));
    println!("{tags:?} {counts:?}");
}
