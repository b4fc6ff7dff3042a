//! mistake: an inner `for` over an integer count (hand-written)
fn main() {
    let order: Vec<(&str, usize)> = vec![("bolt", 2), ("nut", 3)];
    let mut labels = Vec::new();
    for (item, qty) in &order {
        for i in qty {
            labels.push(format!("{item}-{i}"));
        }
    }
    println!("{labels:?}");
}
