//! mistake: `if let Some(s) = cache[i]` moves the String out of a Vec index
//! offending: cache[i]
//! category: ownership
use comprehensions::comp;

fn main() {
    let cache: Vec<Option<String>> = vec![Some("alpha".into()), None, Some("gamma".into())];
    let wanted = [0, 1, 2];
    // Python: hits = [s for i in wanted if (s := cache[i]) is not None]
    let hits = comp![s for i in wanted if let Some(s) = cache[i]];
    println!("{hits:?}");
}
