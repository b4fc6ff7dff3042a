//! mistake: `if let Some(s) = cache[i]` moves the String out of a Vec index
//! offending: cache[i]
//! category: ownership
fn main() {
    let cache: Vec<Option<String>> = vec![Some("alpha".into()), None, Some("gamma".into())];
    let wanted = [0, 1, 2];
    let mut hits = Vec::new();
    for i in wanted {
        if let Some(s) = cache[i] {
            hits.push(s);
        }
    }
    println!("{hits:?}");
}
