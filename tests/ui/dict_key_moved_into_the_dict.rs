// Python's `{k: [x for x in items if key(x) == k] for k in keys}` with
// owned keys: the key moves into the dict before the value, which uses it.
// rustc's E0382 as by hand (`m.insert(k, ..)`), with its `.clone()` help on
// the key, and no "borrow this binding in the pattern" help that would put
// `ref` into the dict's key.
use comprehensions::comp;

fn main() {
    let words = vec!["apple".to_string(), "avocado".to_string(), "banana".to_string()];
    let initials = vec!["a".to_string(), "b".to_string()];
    let groups = comp!({k: [w for w in &words if w.starts_with(&k)] for k in initials});
    println!("{groups:?}");
}
