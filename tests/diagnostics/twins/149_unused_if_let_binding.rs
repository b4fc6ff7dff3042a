//! mistake: an `if let Some(v)` clause whose `v` the element never uses (hand-written)
fn main() {
    let slots = vec![Some(3), None, Some(5)];
    let mut filled = Vec::new();
    for (i, s) in slots.iter().enumerate() {
        if let Some(v) = s {
            filled.push(i);
        }
    }
    println!("{filled:?}");
}
